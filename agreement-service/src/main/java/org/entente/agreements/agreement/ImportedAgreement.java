package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.util.Map;
import org.entente.platform.rest.DatePrecision;

/**
 * An agreement as a research data set's record gives it: its fields, its end if it ended, and where it
 * comes from.
 *
 * @param agreement    the fields, dates and their precision included
 * @param termination  how it ended, or null while the data set records no end
 * @param dataSet      the data set's id, e.g. {@code dcad-1.0}
 * @param sourceId     the record's id in the data set
 * @param sourceValues the record's values that have no field of their own, as the file has them
 */
public record ImportedAgreement(AgreementInput agreement, Termination termination, String dataSet, String sourceId,
                                Map<String, String> sourceValues) {

    /**
     * @param date      the first day no longer in force, or the first day of the month or year it ended in
     * @param precision how much of {@code date} is known
     * @param reason    in words, as the agreement's {@code statusReason}
     */
    public record Termination(LocalDate date, DatePrecision precision, String reason) {
    }
}
