package org.entente.alliances.alliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.platform.jpa.KeysetPager;
import org.entente.platform.jpa.SortField;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.RecordFields;
import org.entente.platform.rest.SortOrder;

/** Alliances: every change in one transaction with its event. */
@ApplicationScoped
public class AllianceService {

    static final KeysetPager<Alliance> PAGER = new KeysetPager<>(Alliance.class, Map.of(
            "name", SortField.text("name", a -> a.name),
            "code", SortField.text("code", a -> a.code),
            "founded", SortField.date("founded", a -> a.founded)),
            SortField.id(a -> a.id));

    private final AllianceEvents events;
    private final ObjectMapper json;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    AllianceService(AllianceEvents events, ObjectMapper json, Validator validator, EntityManager entityManager,
                    Clock clock) {
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Alliance get(String idOrCode) {
        return Alliance.findByIdOrCode(idOrCode).orElseThrow(() -> new ProblemException(404,
                "No alliance with id or code \"" + idOrCode + "\""));
    }

    public Page<AllianceView> list(AllianceFilter filter, SortOrder order, String after, int limit) {
        return PAGER.page(entityManager, filter.jpql(), filter.parameters(LocalDate.now(clock)), order, after, limit,
                AllianceView::of);
    }

    @Transactional
    public Alliance create(AllianceInput input) {
        checkRules(input);
        requireCodeFree(input.code(), null);
        Alliance alliance = new Alliance();
        alliance.id = UUID.randomUUID();
        input.applyTo(alliance);
        alliance.createdAt = now();
        alliance.updatedAt = alliance.createdAt;
        alliance.persist();
        entityManager.flush(); // the version is assigned: events and the ETag carry the committed state
        events.publish(alliance, "alliance.created.v1", RecordFields.set(input));
        return alliance;
    }

    @Transactional
    public Alliance patch(String idOrCode, String ifMatch, String patch) throws JsonProcessingException {
        Alliance alliance = get(idOrCode);
        ETags.requireMatch(ifMatch, alliance.version);
        AllianceInput before = AllianceInput.of(alliance);
        AllianceInput after = MergePatch.apply(json, before, patch, AllianceInput.class);
        // a region is required of curated alliances only: an imported one may have none
        var violations = alliance.dataSet == null ? validator.validate(after, AllianceInput.Curated.class) : validator.validate(after);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        checkRules(after);
        List<String> changed = RecordFields.changed(before, after);
        if (changed.isEmpty()) {
            return alliance;
        }
        if (changed.contains("code")) {
            requireCodeFree(after.code(), alliance.id);
        }
        after.applyTo(alliance);
        alliance.updatedAt = now();
        entityManager.flush();
        events.publish(alliance, "alliance.updated.v1", changed);
        return alliance;
    }

    @Transactional
    public Alliance suspend(String idOrCode, String ifMatch) {
        Alliance alliance = lifecycle(idOrCode, ifMatch, "suspend");
        alliance.status = AllianceStatus.SUSPENDED;
        return finishLifecycle(alliance, "alliance.suspended.v1", List.of("status"));
    }

    @Transactional
    public Alliance reactivate(String idOrCode, String ifMatch) {
        Alliance alliance = lifecycle(idOrCode, ifMatch, "reactivate");
        alliance.status = AllianceStatus.ACTIVE;
        return finishLifecycle(alliance, "alliance.reactivated.v1", List.of("status"));
    }

    @Transactional
    public Alliance dissolve(String idOrCode, String ifMatch, LocalDate on) {
        Alliance alliance = lifecycle(idOrCode, ifMatch, "dissolve");
        if (on.isBefore(alliance.founded)) {
            throw ProblemException.invalidField("date", "the dissolution date " + on + " is before the founding date "
                    + alliance.founded);
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "the dissolution date " + on + " is in the future");
        }
        alliance.status = AllianceStatus.DISSOLVED;
        alliance.dissolved = on;
        alliance.dissolvedPrecision = DatePrecision.DAY;
        return finishLifecycle(alliance, "alliance.dissolved.v1", List.of("status", "dissolved"));
    }

    @Transactional
    public void delete(String idOrCode, String ifMatch) {
        Alliance alliance = get(idOrCode);
        ETags.requireMatch(ifMatch, alliance.version);
        AllianceView last = AllianceView.of(alliance);
        alliance.delete();
        events.publish(alliance, "alliance.deleted.v1", new AllianceChanged(last, List.of()));
    }

    private Alliance lifecycle(String idOrCode, String ifMatch, String operation) {
        Alliance alliance = get(idOrCode);
        ETags.requireMatch(ifMatch, alliance.version);
        if (!alliance.status.allowedOperations().contains(operation)) {
            throw ProblemException.notAllowed(operation, "an alliance", alliance.status, alliance.status.allowedOperations());
        }
        return alliance;
    }

    private Alliance finishLifecycle(Alliance alliance, String type, List<String> changed) {
        alliance.updatedAt = now();
        entityManager.flush();
        events.publish(alliance, type, changed);
        return alliance;
    }

    /** The rules between fields that Bean Validation cannot see, each naming its field. */
    static void checkRules(AllianceInput input) {
        String misplaced = DatePrecision.of(input.foundedPrecision()).misplaced(input.founded());
        if (misplaced != null) {
            throw ProblemException.invalidField("founded", misplaced);
        }
        if (input.spendingTargetCoreGdpShare() != null && (input.spendingTargetGdpShare() == null
                || input.spendingTargetCoreGdpShare().compareTo(input.spendingTargetGdpShare()) > 0)) {
            throw ProblemException.invalidField("spendingTargetCoreGdpShare", "the core share is part of the target, so at most"
                    + " spendingTargetGdpShare (" + input.spendingTargetGdpShare() + ")");
        }
    }

    static void requireCodeFree(String code, UUID except) {
        Alliance holder = Alliance.<Alliance>find("code", code).firstResult();
        if (holder != null && !holder.id.equals(except)) {
            throw new ProblemException(409, "code: an alliance with code " + code + " exists already (id " + holder.id + ")");
        }
    }

    /** The current instant by the service's clock, at database precision. */
    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
