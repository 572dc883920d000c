package org.entente.agreements.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.export.CsvColumns;

/** A consultation as the API shows it and as its event carries it. */
@Schema(example = """
        {"id": "b3f08e6a-1d27-4c59-9e40-6a2c7d18f5b2", "agreementId": "5e2a9c17-3f60-4b8d-a1e4-7c09d2b6f853", "held": "2024-07-28",
         "level": "MINISTERIAL", "name": "Security Consultative Committee (2+2)", "location": "Tokyo",
         "topics": ["Command and control", "Upgrading U.S. Forces Japan to a joint force headquarters",
                    "Defense industrial cooperation"], "outcome": null, "createdAt": "2026-11-02T09:14:11Z"}""")
public record ConsultationView(
        @Schema(description = "Its id") UUID id,
        @Schema(description = "The agreement it was held under") UUID agreementId,
        @Schema(description = "The day it was held") LocalDate held,
        @Schema(description = "Who met") ConsultationLevel level,
        @Schema(description = "The name of the dialogue") String name,
        @Schema(description = "Where it was held") String location,
        @Schema(description = "What was discussed") List<String> topics,
        @Schema(description = "What came of it") String outcome,
        @Schema(description = "When it was recorded here (UTC)") Instant createdAt) {

    /** Its columns in an export. */
    public static final CsvColumns<ConsultationView> CSV_COLUMNS = CsvColumns.of(ConsultationView.class)
            .add("id", ConsultationView::id).add("agreementId", ConsultationView::agreementId)
            .add("held", ConsultationView::held).add("level", ConsultationView::level).add("name", ConsultationView::name)
            .add("location", ConsultationView::location).joined("topics", ConsultationView::topics)
            .add("outcome", ConsultationView::outcome).add("createdAt", ConsultationView::createdAt);

    static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.agreementId, c.held, c.level, c.name, c.location, List.copyOf(c.topics),
                c.outcome, c.createdAt);
    }
}
