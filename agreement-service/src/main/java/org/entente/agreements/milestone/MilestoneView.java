package org.entente.agreements.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.agreements.agreement.Agreement;

/** A milestone as the API shows it, with the agreement it belongs to. */
public record MilestoneView(UUID id, AgreementRef agreement, String title, LocalDate due, MilestoneStatus status,
                            int progress, String notes, boolean overdue, Instant createdAt, Instant updatedAt) {

    /** Enough of the agreement to read a list of milestones across agreements. */
    public record AgreementRef(UUID id, String title, List<String> parties) {
    }

    static MilestoneView of(Milestone m, Agreement a, LocalDate today) {
        return new MilestoneView(m.id, new AgreementRef(a.id, a.title, a.parties()), m.title, m.due, m.status,
                m.progress, m.notes, m.overdueOn(today), m.createdAt, m.updatedAt);
    }
}
