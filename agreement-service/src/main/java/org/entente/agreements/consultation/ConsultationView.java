package org.entente.agreements.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.platform.export.CsvColumns;

/** A consultation as the API shows it and as its event carries it. */
public record ConsultationView(UUID id, UUID agreementId, LocalDate held, ConsultationLevel level, String name,
                               String location, List<String> topics, String outcome, Instant createdAt) {

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
