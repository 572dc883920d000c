package org.entente.agreements.dcad;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * A date of DCAD, from its day, month and year columns, as far as they know it: a day, a month or a
 * year ({@code first} the period's first day).
 */
record DcadDate(LocalDate first, DatePrecision precision) {

    LocalDate last() {
        return precision.last(first);
    }

    @Override
    public String toString() {
        return precision.format(first);
    }

    /**
     * The date in the three columns; empty without a year (a day and month without a year say no date).
     *
     * @throws RowRejected for numbers that make no date: a month 13, a 31 February, a day without its month
     */
    static Optional<DcadDate> of(SourceRow row, String dayColumn, String monthColumn, String yearColumn) {
        Optional<Integer> year = row.number(yearColumn);
        Optional<Integer> month = row.number(monthColumn);
        Optional<Integer> day = row.number(dayColumn);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        if (year.get() < 1000 || year.get() > 9999) {
            throw new RowRejected("no such date: " + yearColumn + " is " + year.get() + ", not a year of four digits");
        }
        if (day.isPresent() && month.isEmpty()) {
            throw new RowRejected("no such date: " + dayColumn + " is " + day.get() + " but " + monthColumn + " is empty");
        }
        try {
            if (month.isEmpty()) {
                return Optional.of(new DcadDate(LocalDate.of(year.get(), 1, 1), DatePrecision.YEAR));
            }
            if (day.isEmpty()) {
                return Optional.of(new DcadDate(LocalDate.of(year.get(), month.get(), 1), DatePrecision.MONTH));
            }
            return Optional.of(new DcadDate(LocalDate.of(year.get(), month.get(), day.get()), DatePrecision.DAY));
        } catch (DateTimeException e) {
            throw new RowRejected("no such date: " + dayColumn + ", " + monthColumn + ", " + yearColumn + " are "
                    + day.map(String::valueOf).orElse("empty") + ", " + month.get() + ", " + year.get());
        }
    }
}
