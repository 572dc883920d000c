package org.entente.platform.rest;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How much of a date is known: the day, or only the month or the year (research data sets often know
 * no more). A date known to the month or year is given and kept as the period's first day, the
 * earliest day it can be; which day in it is not invented. Open-ended.
 */
@Schema(description = "How much of the date is known: DAY, MONTH or YEAR (the date is then the first day of that month or year)")
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

    /** The finer of two precisions: a day is known better than a month. */
    public DatePrecision finer(DatePrecision other) {
        return other.ordinal() < ordinal() ? other : this;
    }

    /** The precision of a date that may have none: a date given without one is known to the day. */
    public static DatePrecision of(DatePrecision precision) {
        return precision == null ? DAY : precision;
    }

    /** Why {@code day} cannot carry this precision (it is not its period's first day), or null when it can. */
    public String misplaced(LocalDate day) {
        return first(day).equals(day) ? null
                : "known to the " + name().toLowerCase() + ", so given as its first day, " + first(day) + ", not " + day;
    }
}
