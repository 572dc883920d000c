package org.entente.agreements.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.agreements.agreement.Agreement;
import org.entente.platform.export.CsvColumns;

/** A milestone as the API shows it, with the agreement it belongs to. */
@Schema(example = """
        {"id": "d47c2a91-6e0b-4f38-8a15-3b9e5c0f7d24",
         "agreement": {"id": "0f6b1d3a-92c4-4e7f-b8a0-5d2e9c1a7b36", "title": "Agreement between Japan and Australia concerning\
         the Facilitation of Reciprocal Access and Cooperation between the Self-Defense Forces of Japan and the Australian\
         Defence Force", "parties": ["JPN", "AUS"]},
         "title": "First rotational deployment to the agreed locations", "due": "2025-06-30", "status": "IN_PROGRESS",
         "progress": 40, "notes": null, "overdue": true, "createdAt": "2026-11-02T09:20:45Z", "updatedAt": "2026-11-02T09:20:45Z"}""")
public record MilestoneView(
        @Schema(description = "Its id") UUID id,
        @Schema(description = "The agreement it belongs to") AgreementRef agreement,
        @Schema(description = "What is to be reached") String title,
        @Schema(description = "The day it is due") LocalDate due,
        @Schema(description = "Where it stands") MilestoneStatus status,
        @Schema(description = "Percent done, 0 to 100") int progress,
        @Schema(description = "Anything worth knowing about it") String notes,
        @Schema(description = "Still to be reached and past its due day") boolean overdue,
        @Schema(description = "When it was created here (UTC)") Instant createdAt,
        @Schema(description = "When it last changed (UTC)") Instant updatedAt) {

    /** Its columns in an export, the agreement's as {@code agreement.*}. */
    public static final CsvColumns<MilestoneView> CSV_COLUMNS = CsvColumns.of(MilestoneView.class)
            .add("id", MilestoneView::id)
            .nested("agreement", MilestoneView::agreement, CsvColumns.of(AgreementRef.class)
                    .add("id", AgreementRef::id).add("title", AgreementRef::title).joined("parties", AgreementRef::parties))
            .add("title", MilestoneView::title).add("due", MilestoneView::due).add("status", MilestoneView::status)
            .add("progress", MilestoneView::progress).add("notes", MilestoneView::notes).add("overdue", MilestoneView::overdue)
            .add("createdAt", MilestoneView::createdAt).add("updatedAt", MilestoneView::updatedAt);

    /** Enough of the agreement to read a list of milestones across agreements. */
    @Schema(description = "The agreement a milestone belongs to, named")
    public record AgreementRef(
            @Schema(description = "The agreement's id") UUID id,
            @Schema(description = "Its title") String title,
            @Schema(description = "Its two parties, ISO 3166-1 alpha-3") List<String> parties) {
    }

    static MilestoneView of(Milestone m, Agreement a, LocalDate today) {
        return new MilestoneView(m.id, new AgreementRef(a.id, a.title, a.parties()), m.title, m.due, m.status,
                m.progress, m.notes, m.overdueOn(today), m.createdAt, m.updatedAt);
    }
}
