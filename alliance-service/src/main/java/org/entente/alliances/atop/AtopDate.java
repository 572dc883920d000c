package org.entente.alliances.atop;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * A date of ATOP from its year, month and day columns, as far as they know it: a day, or only a month
 * (the day left blank) or a year; {@code first} is the earliest day it can be.
 */
record AtopDate(LocalDate first, DatePrecision precision) {

    @Override
    public String toString() {
        return precision.format(first);
    }

    /**
     * The day a member entered: {@code yrent}, {@code moent}, {@code dayent}.
     *
     * @throws RowRejected without a year, or for numbers that make no date
     */
    static AtopDate entry(SourceRow row) {
        return of(row, "yrent", "moent", "dayent")
                .orElseThrow(() -> new RowRejected("no entry date: yrent is 0, and ATOP writes 0 only for an exit not yet come"));
    }

    /**
     * The first day a member was out: {@code yrexit}, {@code moexit}, {@code dayexit}; empty for
     * {@code yrexit = 0}, in force at the end of ATOP's coverage.
     *
     * @throws RowRejected for an empty year, numbers that make no date, or a month or day with year 0
     */
    static Optional<AtopDate> exit(SourceRow row) {
        Optional<AtopDate> exit = of(row, "yrexit", "moexit", "dayexit");
        if (exit.isEmpty()) {
            int month = row.number("moexit").orElse(0);
            int day = row.number("dayexit").orElse(0);
            if (month != 0 || day != 0) {
                throw new RowRejected("no such date: yrexit is 0 (in force at the end of " + Atop.COVERED_UNTIL.getYear()
                        + ") but moexit and dayexit are " + month + " and " + day);
            }
        }
        return exit;
    }

    /** Empty for year 0; a month or day that is blank or 0 is not known. */
    private static Optional<AtopDate> of(SourceRow row, String yearColumn, String monthColumn, String dayColumn) {
        int year = row.number(yearColumn).orElseThrow(() -> new RowRejected("no date: " + yearColumn + " is empty"));
        int month = row.number(monthColumn).orElse(0);
        int day = row.number(dayColumn).orElse(0);
        if (year == 0) {
            return Optional.empty();
        }
        if (year < 1000 || year > 9999) {
            throw new RowRejected("no such date: " + yearColumn + " is " + year + ", not a year of four digits");
        }
        if (day != 0 && month == 0) {
            throw new RowRejected("no such date: " + dayColumn + " is " + day + " but " + monthColumn + " is not known");
        }
        try {
            if (month == 0) {
                return Optional.of(new AtopDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
            }
            if (day == 0) {
                return Optional.of(new AtopDate(LocalDate.of(year, month, 1), DatePrecision.MONTH));
            }
            return Optional.of(new AtopDate(LocalDate.of(year, month, day), DatePrecision.DAY));
        } catch (DateTimeException e) {
            throw new RowRejected("no such date: " + dayColumn + ", " + monthColumn + ", " + yearColumn + " are " + day + ", "
                    + month + ", " + year);
        }
    }
}
