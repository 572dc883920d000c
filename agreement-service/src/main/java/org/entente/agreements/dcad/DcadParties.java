package org.entente.agreements.dcad;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.countries.CodePeriod;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;
import org.entente.platform.countries.CowStates;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * The two parties of a DCAD row: the states its Correlates of War numbers stand for when it was signed
 * ({@link CowStates}), never what its letters say. The letters ({@code cowName1}, {@code cowName2})
 * are only checked: they disagree with the number when they are COW's letters for another state that
 * existed then; a label COW does not use ({@code GER}) or letters of a state gone by then ({@code KOR},
 * Korea until 1910, for South Korea) do not.
 */
final class DcadParties {

    private DcadParties() {
    }

    /** @throws RowRejected for a self-dyad, a number that stands for no state or for two, letters for another state */
    static List<String> of(SourceRow row, DcadDate signed) {
        int first = number(row, "ccode1");
        int second = number(row, "ccode2");
        if (first == second) {
            Optional<String> hint = otherState(row, "cowName1", first, signed).or(() -> otherState(row, "cowName2", second, signed));
            throw new RowRejected("self-dyad: ccode1 and ccode2 are both " + first + describe(codes(first, signed))
                    + hint.map(letters -> ", though " + letters).orElse(""));
        }
        String a = code(first, "ccode1", signed);
        String b = code(second, "ccode2", signed);
        checkName(row, "cowName1", "ccode1", first, signed);
        checkName(row, "cowName2", "ccode2", second, signed);
        if (a.equals(b)) {
            throw new RowRejected("self-dyad: ccode1 " + first + " and ccode2 " + second + " stand for the same state on the"
                    + " signing date, " + name(a) + " (" + a + ")");
        }
        return List.of(a, b);
    }

    private static void checkName(SourceRow row, String nameColumn, String numberColumn, int number, DcadDate signed) {
        otherState(row, nameColumn, number, signed).ifPresent(letters -> {
            throw new RowRejected("name and number disagree: " + letters + ", but " + numberColumn + " is " + number
                    + describe(codes(number, signed)));
        });
    }

    private static int number(SourceRow row, String column) {
        return row.number(column).orElseThrow(() -> new RowRejected("no state: " + column + " is empty"));
    }

    /** The one code the number has during the signing's period. */
    private static String code(int number, String column, DcadDate signed) {
        List<CodePeriod> periods = CowStates.periods(number, signed.first(), signed.last());
        Set<String> codes = codes(periods);
        if (codes.isEmpty()) {
            throw new RowRejected("no state on the signing date: for " + column + ", "
                    + CowStates.whyNot(number, signed.first()).orElse("COW number " + number + " stands for no state then")
                    + (signed.precision() == DatePrecision.DAY ? "" : " (signed " + signed + ")"));
        }
        if (codes.size() > 1) {
            throw new RowRejected("state unclear: " + column + " " + number + " stands for " + periods.stream()
                    .map(p -> name(p.code()) + " (" + p.code() + ") " + (p.from().equals(signed.first()) ? "to " + p.to() : "from " + p.from()))
                    .collect(Collectors.joining(" and ")) + ", and the signing is known only to " + signed
                    + ", so which of them signed is not known");
        }
        return codes.iterator().next();
    }

    /** The letters in {@code column} when they are COW's for another state than {@code number}'s on the signing date. */
    private static Optional<String> otherState(SourceRow row, String column, int number, DcadDate signed) {
        Optional<String> letters = row.text(column);
        if (letters.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> numbers = CowAbbreviations.numbersOf(letters.get());
        if (numbers.contains(number)) {
            return Optional.empty();
        }
        Set<String> own = codes(number, signed);
        for (int other : numbers) {
            Set<String> theirs = codes(other, signed);
            if (!theirs.isEmpty() && theirs.stream().noneMatch(own::contains)) {
                return Optional.of(column + " is " + letters.get() + ", COW's letters for " + other + describe(theirs));
            }
        }
        return Optional.empty();
    }

    private static Set<String> codes(int number, DcadDate signed) {
        return codes(CowStates.periods(number, signed.first(), signed.last()));
    }

    private static Set<String> codes(List<CodePeriod> periods) {
        return periods.stream().map(CodePeriod::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** " (Syria, SYR)", or nothing for a number without a state then. */
    private static String describe(Set<String> codes) {
        return codes.isEmpty() ? "" : " (" + codes.stream().map(code -> name(code) + ", " + code).collect(Collectors.joining("; ")) + ")";
    }

    private static String name(String code) {
        return Countries.find(code).map(Country::name).orElse(code);
    }
}
