package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.export.CsvColumns;

/** One lifecycle step as the history endpoint shows it. */
public record StatusChangeView(int position, String operation, AgreementStatus status, LocalDate effectiveOn,
                               DatePrecision effectivePrecision, String reason, Instant recordedAt) {

    /** Its columns in an export. */
    public static final CsvColumns<StatusChangeView> CSV_COLUMNS = CsvColumns.of(StatusChangeView.class)
            .add("position", StatusChangeView::position).add("operation", StatusChangeView::operation)
            .add("status", StatusChangeView::status).add("effectiveOn", StatusChangeView::effectiveOn)
            .add("effectivePrecision", StatusChangeView::effectivePrecision).add("reason", StatusChangeView::reason)
            .add("recordedAt", StatusChangeView::recordedAt);

    static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.position, change.operation, change.status, change.effectiveOn,
                change.effectivePrecision, change.reason, change.recordedAt);
    }
}
