package org.entente.platform.countries;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * English country names, as the exercise data set MME and similar sources write them, to Entente
 * country codes by date ({@code country-names.csv}). All names of a state follow that state through
 * its codes: "Russia" in 1980 is the Soviet Union ({@code SUHH}), "Yugoslavia" in 2004 Serbia and
 * Montenegro ({@code CSXX}). Names that are no state (organisations, groups of states, territories,
 * the data set's missing value) have no code, and {@link #whyNot(String)} says why. Matching ignores
 * case, accents, the kind of apostrophe and repeated spaces.
 */
public final class CountryNames {

    private static final DatedCodeTable TABLE = DatedCodeTable.read("country-names.csv", CountryNames::key);

    private CountryNames() {
    }

    /** The code of the state that {@code name} names on {@code day}. */
    public static Optional<String> codeOn(String name, LocalDate day) {
        return TABLE.codeOn(key(name), day);
    }

    /** The state named {@code name} during {@code from..toOrNull}, split where its code changed; see {@link CowStates#periods}. */
    public static List<CodePeriod> periods(String name, LocalDate from, LocalDate toOrNull) {
        return TABLE.periods(key(name), from, toOrNull);
    }

    /** Why {@code name} names no state on any day; empty for the name of a state. */
    public static Optional<String> whyNot(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return Optional.of("No country name given");
        }
        if (!TABLE.rows(key).isEmpty()) {
            return Optional.empty();
        }
        return TABLE.noStateReason(key)
                .or(() -> Optional.of("\"" + name.strip() + "\" is not a country name that Entente knows"));
    }

    /** Why {@code name} has no code on {@code day}; empty if it has one. */
    public static Optional<String> whyNot(String name, LocalDate day) {
        if (codeOn(name, day).isPresent()) {
            return Optional.empty();
        }
        return whyNot(name).or(() -> Optional.of(
                name.strip() + " names no state on " + day + ": it is " + TABLE.describe(key(name))));
    }

    /** Every code the names can give. */
    static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        TABLE.all().values().forEach(rows -> rows.forEach(row -> codes.add(row.code())));
        return codes;
    }

    private static String key(String name) {
        if (name == null) {
            return "";
        }
        String unaccented = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.replaceAll("[\u2018\u2019\u02BC`\u00B4]", "'")
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
