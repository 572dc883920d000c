package org.entente.agreements.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementChanged;
import org.entente.agreements.agreement.AgreementEvents;
import org.entente.agreements.agreement.AgreementService;
import org.entente.agreements.agreement.AgreementView;
import org.entente.agreements.agreement.Lifecycle;
import org.entente.platform.jpa.KeysetPager;
import org.entente.platform.jpa.SortField;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.RecordFields;
import org.entente.platform.rest.SortOrder;

/** The consultations held under agreements; recording one is an event of its agreement. */
@ApplicationScoped
public class ConsultationService {

    static final KeysetPager<Consultation> PAGER = new KeysetPager<>(Consultation.class, Map.of(
            "held", SortField.date("held", c -> c.held)),
            SortField.id(c -> c.id));

    private final AgreementService agreements;
    private final AgreementEvents events;
    private final Lifecycle lifecycle;
    private final EntityManager entityManager;

    ConsultationService(AgreementService agreements, AgreementEvents events, Lifecycle lifecycle, EntityManager entityManager) {
        this.agreements = agreements;
        this.events = events;
        this.lifecycle = lifecycle;
        this.entityManager = entityManager;
    }

    public Page<ConsultationView> ofAgreement(Agreement agreement, SortOrder order, String after, int limit) {
        return PAGER.page(entityManager, "e.agreementId = :agreement", Map.of("agreement", agreement.id), order, after,
                limit, ConsultationView::of);
    }

    @Transactional
    public ConsultationView record(String agreementId, ConsultationInput input) {
        Agreement agreement = agreements.get(agreementId);
        if (input.held().isAfter(lifecycle.today())) {
            throw ProblemException.invalidField("held", input.held() + " is in the future; record a consultation once it is held");
        }
        Consultation consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.agreementId = agreement.id;
        consultation.held = input.held();
        consultation.level = input.level();
        consultation.name = input.name();
        consultation.location = input.location();
        if (input.topics() != null) {
            consultation.topics.addAll(input.topics());
        }
        consultation.outcome = input.outcome();
        consultation.createdAt = lifecycle.now();
        consultation.persist();
        ConsultationView view = ConsultationView.of(consultation);
        events.publish(agreement, "agreement.consultation-recorded.v1",
                new AgreementChanged(AgreementView.of(agreement), RecordFields.set(input), null, view));
        return view;
    }

    public ConsultationView get(String agreementId, String consultationId) {
        Agreement agreement = agreements.get(agreementId);
        try {
            Consultation consultation = Consultation.findById(UUID.fromString(consultationId));
            if (consultation != null && consultation.agreementId.equals(agreement.id)) {
                return ConsultationView.of(consultation);
            }
        } catch (IllegalArgumentException notAUuid) {
            // not found either
        }
        throw new ProblemException(404, "Agreement " + agreement.id + " has no consultation \"" + consultationId + "\"");
    }
}
