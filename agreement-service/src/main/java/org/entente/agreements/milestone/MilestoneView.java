package org.entente.agreements.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.agreements.agreement.Agreement;
import org.entente.platform.export.CsvColumns;

/** A milestone as the API shows it, with the agreement it belongs to. */
public record MilestoneView(UUID id, AgreementRef agreement, String title, LocalDate due, MilestoneStatus status,
                            int progress, String notes, boolean overdue, Instant createdAt, Instant updatedAt) {

    /** Its columns in an export, the agreement's as {@code agreement.*}. */
    public static final CsvColumns<MilestoneView> CSV_COLUMNS = CsvColumns.of(MilestoneView.class)
            .add("id", MilestoneView::id)
            .nested("agreement", MilestoneView::agreement, CsvColumns.of(AgreementRef.class)
                    .add("id", AgreementRef::id).add("title", AgreementRef::title).joined("parties", AgreementRef::parties))
            .add("title", MilestoneView::title).add("due", MilestoneView::due).add("status", MilestoneView::status)
            .add("progress", MilestoneView::progress).add("notes", MilestoneView::notes).add("overdue", MilestoneView::overdue)
            .add("createdAt", MilestoneView::createdAt).add("updatedAt", MilestoneView::updatedAt);

    /** Enough of the agreement to read a list of milestones across agreements. */
    public record AgreementRef(UUID id, String title, List<String> parties) {
    }

    static MilestoneView of(Milestone m, Agreement a, LocalDate today) {
        return new MilestoneView(m.id, new AgreementRef(a.id, a.title, a.parties()), m.title, m.due, m.status,
                m.progress, m.notes, m.overdueOn(today), m.createdAt, m.updatedAt);
    }
}
