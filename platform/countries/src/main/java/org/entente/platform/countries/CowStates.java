package org.entente.platform.countries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Correlates of War (COW) state numbers, as ATOP and DCAD identify states, to Entente country codes
 * by date ({@code cow-states.csv}). Only the number counts, never COW's letters: COW {@code AUS} is
 * Austria (305, {@code AUT}), Australia is 900 ({@code AUS}). An unknown number, or a day on which a
 * number stands for no state (265, East Germany, after 1990-10-02), has no code.
 */
public final class CowStates {

    private static final DatedCodeTable TABLE = DatedCodeTable.read("cow-states.csv", CowStates::key);

    private CowStates() {
    }

    /** The code that the state numbered {@code cowCode} had on {@code day}. */
    public static Optional<String> codeOn(int cowCode, LocalDate day) {
        return TABLE.codeOn(Integer.toString(cowCode), day);
    }

    /**
     * The state numbered {@code cowCode} during {@code from..to} (both inclusive, {@code toOrNull} null
     * for a period still open), as consecutive periods split on the days its code changed, so that a
     * membership crossing such a day can be split there. Days on which the number stands for no state
     * are left out: the list is empty or does not cover the whole period exactly when some day has no
     * code.
     */
    public static List<CodePeriod> periods(int cowCode, LocalDate from, LocalDate toOrNull) {
        return TABLE.periods(Integer.toString(cowCode), from, toOrNull);
    }

    /** Why {@code cowCode} has no code on {@code day}, in words for the row's rejection; empty if it has one. */
    public static Optional<String> whyNot(int cowCode, LocalDate day) {
        if (codeOn(cowCode, day).isPresent()) {
            return Optional.empty();
        }
        String key = Integer.toString(cowCode);
        if (TABLE.rows(key).isEmpty()) {
            return Optional.of("COW number " + cowCode + " is not a state number of the Correlates of War list");
        }
        return Optional.of("COW number " + cowCode + " stands for no state on " + day + ": it is "
                + TABLE.describe(key));
    }

    /** Every number mapped. */
    public static Set<Integer> numbers() {
        Set<Integer> numbers = new TreeSet<>();
        TABLE.all().keySet().forEach(key -> numbers.add(Integer.valueOf(key)));
        return numbers;
    }

    /** Every code the mapping can give. */
    static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        TABLE.all().values().forEach(rows -> rows.forEach(row -> codes.add(row.code())));
        return codes;
    }

    private static String key(String number) {
        return Integer.toString(Integer.parseInt(number.trim()));
    }
}
