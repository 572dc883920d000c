package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement as the API shows it and as events carry it. */
public record AgreementView(
        UUID id, List<String> parties, String title, AgreementType type, List<ScopeArea> scopeAreas,
        List<String> objectives, LocalDate signed, LocalDate enteredIntoForce, LocalDate expires,
        Integer durationYears, Integer renewalYears, String summary, String source,
        AgreementStatus status, String statusReason, LocalDate terminated, List<String> allowedOperations,
        Instant createdAt, Instant updatedAt) {

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.id, a.parties(), a.title, a.type, a.scopeAreas.stream().sorted().toList(),
                List.copyOf(a.objectives), a.signed, a.enteredIntoForce, a.expires, a.durationYears, a.renewalYears,
                a.summary, a.source, a.status, a.statusReason, a.terminated, a.status.allowedOperations(),
                a.createdAt, a.updatedAt);
    }
}
