package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How much of a date is known: the day, or only the month or the year (research data sets often know
 * no more). A date known to the month or year is given and kept as the period's first day; which day
 * in it is not invented. Open-ended.
 */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** The first day of the period that holds {@code day}. */
    public LocalDate first(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period that starts on (or holds) {@code day}. */
    public LocalDate last(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** The date as far as it is known: {@code 1994-08-19}, {@code 1994-08} or {@code 1994}. */
    public String format(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** The precision of a date that may have none: a date given without one is known to the day. */
    static DatePrecision of(DatePrecision precision) {
        return precision == null ? DAY : precision;
    }
}
