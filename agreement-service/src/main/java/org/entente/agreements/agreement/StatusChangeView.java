package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.export.CsvColumns;

/** One lifecycle step as the history endpoint shows it. */
@Schema(example = """
        {"position": 3, "operation": "enter-into-force", "status": "IN_FORCE", "effectiveOn": "1960-06-23",
         "effectivePrecision": "DAY", "reason": null, "recordedAt": "2026-11-02T09:14:11Z"}""")
public record StatusChangeView(
        @Schema(description = "1, 2, 3... in the order the steps were recorded") int position,
        @Schema(description = "The lifecycle operation, e.g. `propose`, `sign`, `enter-into-force`, `expire`") String operation,
        @Schema(description = "The status it led to") AgreementStatus status,
        @Schema(description = "The day it took effect; null when unknown (the proposal of an agreement recorded after the fact)")
        LocalDate effectiveOn,
        @Schema(description = "How much of `effectiveOn` is known") DatePrecision effectivePrecision,
        @Schema(description = "Why, when the step was given a reason") String reason,
        @Schema(description = "When the step was recorded (UTC)") Instant recordedAt) {

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
