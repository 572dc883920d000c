package org.entente.alliances.atop;

import java.time.LocalDate;
import java.util.Set;
import org.entente.platform.rest.DatePrecision;
import org.entente.alliances.alliance.Obligation;
import org.entente.platform.countries.CodePeriod;

/**
 * The part of a row during which its COW number stands for one country code: the whole row, or the
 * part before or after a change of code (365 is {@code SUHH} until 1991-12-24, {@code RUS} from the
 * next day).
 *
 * @param until          the first day after the part; null while in force at the end of ATOP's coverage
 * @param fromPrecision  how much of {@code from} is known: the row's entry's, or the day of a change of code
 * @param untilPrecision how much of {@code until} is known; null with it
 */
record RowPart(AtopRow row, String code, LocalDate from, DatePrecision fromPrecision, LocalDate until,
               DatePrecision untilPrecision) {

    static RowPart of(AtopRow row, CodePeriod period) {
        LocalDate until = period.to() == null ? null : period.to().plusDays(1);
        DatePrecision fromPrecision = period.from().equals(row.entry().first()) ? row.entry().precision() : DatePrecision.DAY;
        DatePrecision untilPrecision = until == null ? null
                : row.exit() != null && until.equals(row.exit().first()) ? row.exit().precision() : DatePrecision.DAY;
        return new RowPart(row, period.code(), period.from(), fromPrecision, until, untilPrecision);
    }

    Set<Obligation> obligations() {
        return row.obligations();
    }

    boolean covers(LocalDate day) {
        return !from.isAfter(day) && (until == null || day.isBefore(until));
    }
}
