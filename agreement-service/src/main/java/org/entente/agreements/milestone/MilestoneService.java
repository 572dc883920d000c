package org.entente.agreements.milestone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementChanged;
import org.entente.agreements.agreement.AgreementEvents;
import org.entente.agreements.agreement.AgreementService;
import org.entente.agreements.agreement.AgreementView;
import org.entente.agreements.agreement.Lifecycle;
import org.entente.platform.jpa.KeysetPager;
import org.entente.platform.jpa.SortField;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.RecordFields;
import org.entente.platform.rest.SortOrder;

/** Milestones of agreements; each change is an event of the agreement it belongs to. */
@ApplicationScoped
public class MilestoneService {

    static final KeysetPager<Milestone> PAGER = new KeysetPager<>(Milestone.class, Map.of(
            "due", SortField.date("due", m -> m.due),
            "title", SortField.text("title", m -> m.title)),
            SortField.id(m -> m.id));

    private final AgreementService agreements;
    private final AgreementEvents events;
    private final Lifecycle lifecycle;
    private final ObjectMapper json;
    private final Validator validator;
    private final EntityManager entityManager;

    MilestoneService(AgreementService agreements, AgreementEvents events, Lifecycle lifecycle, ObjectMapper json,
                     Validator validator, EntityManager entityManager) {
        this.agreements = agreements;
        this.events = events;
        this.lifecycle = lifecycle;
        this.json = json;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    public Page<MilestoneView> ofAgreement(Agreement agreement, SortOrder order, String after, int limit) {
        return PAGER.page(entityManager, "e.agreementId = :agreement", Map.of("agreement", agreement.id), order, after,
                limit, m -> MilestoneView.of(m, agreement, lifecycle.today()));
    }

    /** Milestones across all agreements: the overdue ones, those of one party's agreements, or of one status. */
    public Page<MilestoneView> across(boolean overdue, Optional<String> party, Optional<MilestoneStatus> status,
                                      SortOrder order, String after, int limit) {
        LocalDate today = lifecycle.today();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (overdue) {
            conditions.add("e.status IN :open AND e.due < :today");
            parameters.put("open", List.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS));
            parameters.put("today", today);
        }
        party.ifPresent(p -> {
            conditions.add("EXISTS (SELECT 1 FROM Agreement a WHERE a.id = e.agreementId AND (a.partyA = :party OR a.partyB = :party))");
            parameters.put("party", p);
        });
        status.ifPresent(s -> {
            conditions.add("e.status = :status");
            parameters.put("status", s);
        });
        return PAGER.page(entityManager, String.join(" AND ", conditions), parameters, order, after, limit,
                m -> MilestoneView.of(m, Agreement.findById(m.agreementId), today));
    }

    public Milestone get(String agreementId, String milestoneId) {
        Agreement agreement = agreements.get(agreementId);
        return find(agreement, milestoneId);
    }

    @Transactional
    public Milestone add(String agreementId, MilestoneInput input) {
        Agreement agreement = agreements.get(agreementId);
        requireProgressFitsStatus(input);
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.agreementId = agreement.id;
        input.applyTo(milestone);
        milestone.createdAt = lifecycle.now();
        milestone.updatedAt = milestone.createdAt;
        milestone.persist();
        entityManager.flush();
        publish(agreement, milestone, "agreement.milestone-updated.v1", RecordFields.set(input));
        return milestone;
    }

    @Transactional
    public Milestone patch(String agreementId, String milestoneId, String ifMatch, String patch) throws JsonProcessingException {
        Agreement agreement = agreements.get(agreementId);
        Milestone milestone = find(agreement, milestoneId);
        ETags.requireMatch(ifMatch, milestone.version);
        MilestoneInput before = MilestoneInput.of(milestone);
        MilestoneInput after = BeanValidation.requireValid(validator,
                MergePatch.apply(json, before, patch, MilestoneInput.class));
        if (after.status() == MilestoneStatus.COMPLETED && before.status() != MilestoneStatus.COMPLETED
                && Objects.equals(after.progress(), before.progress())) {
            after = new MilestoneInput(after.title(), after.due(), after.status(), 100, after.notes()); // completing is reaching 100 %
        }
        requireProgressFitsStatus(after);
        List<String> changed = RecordFields.changed(before, after);
        if (changed.isEmpty()) {
            return milestone;
        }
        after.applyTo(milestone);
        milestone.updatedAt = lifecycle.now();
        entityManager.flush();
        publish(agreement, milestone, "agreement.milestone-updated.v1", changed);
        return milestone;
    }

    @Transactional
    public void remove(String agreementId, String milestoneId, String ifMatch) {
        Agreement agreement = agreements.get(agreementId);
        Milestone milestone = find(agreement, milestoneId);
        ETags.requireMatch(ifMatch, milestone.version);
        MilestoneView last = MilestoneView.of(milestone, agreement, lifecycle.today());
        milestone.delete();
        events.publish(agreement, "agreement.milestone-removed.v1",
                new AgreementChanged(AgreementView.of(agreement), List.of(), last, null));
    }

    public MilestoneView view(Milestone milestone) {
        return MilestoneView.of(milestone, Agreement.findById(milestone.agreementId), lifecycle.today());
    }

    private void publish(Agreement agreement, Milestone milestone, String type, List<String> changed) {
        MilestoneView view = MilestoneView.of(milestone, agreement, lifecycle.today());
        events.publish(agreement, type, new AgreementChanged(AgreementView.of(agreement), changed, view, null));
    }

    private static void requireProgressFitsStatus(MilestoneInput input) {
        if (input.status() == MilestoneStatus.COMPLETED && input.progress() != null && input.progress() != 100) {
            throw ProblemException.invalidField("progress", "a COMPLETED milestone is at 100, not " + input.progress());
        }
    }

    private static Milestone find(Agreement agreement, String milestoneId) {
        try {
            Milestone milestone = Milestone.findById(UUID.fromString(milestoneId));
            if (milestone != null && milestone.agreementId.equals(agreement.id)) {
                return milestone;
            }
        } catch (IllegalArgumentException notAUuid) {
            // not found either
        }
        throw new ProblemException(404, "Agreement " + agreement.id + " has no milestone \"" + milestoneId + "\"");
    }
}
