package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import org.entente.platform.rest.DatePrecision;

/** One lifecycle step as the history endpoint shows it. */
public record StatusChangeView(int position, String operation, AgreementStatus status, LocalDate effectiveOn,
                               DatePrecision effectivePrecision, String reason, Instant recordedAt) {

    static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.position, change.operation, change.status, change.effectiveOn,
                change.effectivePrecision, change.reason, change.recordedAt);
    }
}
