package org.entente.agreements.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation as the API shows it and as its event carries it. */
public record ConsultationView(UUID id, UUID agreementId, LocalDate held, ConsultationLevel level, String name,
                               String location, List<String> topics, String outcome, Instant createdAt) {

    static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.agreementId, c.held, c.level, c.name, c.location, List.copyOf(c.topics),
                c.outcome, c.createdAt);
    }
}
