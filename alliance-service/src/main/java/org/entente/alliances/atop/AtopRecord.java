package org.entente.alliances.atop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.alliances.alliance.AllianceInput;
import org.entente.alliances.alliance.AllianceKind;
import org.entente.alliances.alliance.ImportedAlliance;
import org.entente.alliances.alliance.Obligation;
import org.entente.alliances.membership.MembershipInput;
import org.entente.platform.countries.CodePeriod;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;
import org.entente.platform.countries.CowStates;
import org.entente.platform.imports.RejectedRow;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * The rows of one ATOP alliance as an alliance (docs/domain.md, "ATOP import"): each row's member by
 * its COW number on its dates, split where the number's code changes, its periods without gaps or
 * overlaps ({@link AtopPeriods}), the kind from the strongest obligation owed, a name from the kind,
 * the first members and the year, and the rows Entente cannot record, each with its reason.
 *
 * @param alliance what to import, or null when no alliance is left to import
 * @param rejected the rows not taken
 */
record AtopRecord(ImportedAlliance alliance, List<RejectedRow> rejected) {

    /** How many members a name lists before it counts the others; four are all listed, rather than "and 1 other". */
    private static final int NAMED = 3;
    /** The longest name an alliance has. */
    private static final int MAX_NAME = 200;

    static AtopRecord of(long atopId, List<SourceRow> rows) {
        String sourceId = Long.toString(atopId);
        List<RejectedRow> rejected = new ArrayList<>();
        List<AtopRow> taken = new ArrayList<>();
        List<RowPart> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SourceRow source : rows) {
            try {
                AtopRow row = AtopRow.of(source);
                parts.addAll(parts(row, notes));
                taken.add(row);
            } catch (RowRejected e) {
                rejected.add(source.rejected(sourceId, e.getMessage()));
            }
        }
        Set<String> countries = parts.stream().map(RowPart::code).collect(Collectors.toCollection(LinkedHashSet::new));
        if (countries.size() < 2) {
            String why = "too few members: alliance " + atopId + " keeps " + (countries.isEmpty() ? "no member"
                    : "one member only that Entente can record, " + describe(countries.iterator().next()))
                    + ", and an alliance has two or more" + (rejected.isEmpty() ? "" : " (" + linesOf(rejected) + " rejected)");
            return allRejected(sourceId, taken, rejected, why);
        }
        Set<Obligation> owed = EnumSet.noneOf(Obligation.class);
        taken.forEach(row -> owed.addAll(row.obligations()));
        if (owed.isEmpty()) {
            return allRejected(sourceId, taken, rejected, "no obligation: no member owes defense, offense, neutrality,"
                    + " non-aggression or consultation in any phase, and ATOP codes an alliance by those");
        }
        AtopDate founded = taken.stream().map(AtopRow::entry).min(Comparator.comparing(AtopDate::first)
                .thenComparing(AtopDate::precision)).orElseThrow();
        List<MembershipInput> periods = AtopPeriods.of(parts, founded.first());
        AllianceKind kind = AllianceKind.byStrongest(owed.iterator().next());
        AllianceInput alliance = new AllianceInput(Atop.code(atopId), name(kind, periods, parts, founded), kind, null,
                founded.first(), founded.precision(), null, null, description(atopId, taken, notes), Set.of(), owed, null,
                null, null, null, "ATOP 5.1 (Leeds et al. 2002), atopid " + atopId);
        return new AtopRecord(new ImportedAlliance(alliance, ending(taken), periods, Atop.DATA_SET.id(), sourceId),
                List.copyOf(rejected));
    }

    /** The row's parts by country code; a row none of whose days its number has a code for is rejected. */
    private static List<RowPart> parts(AtopRow row, List<String> notes) {
        LocalDate last = row.exit() == null ? null : row.exit().first().minusDays(1);
        List<CodePeriod> periods = CowStates.periods(row.member(), row.entry().first(), last);
        if (periods.isEmpty()) {
            throw new RowRejected("no state: " + CowStates.whyNot(row.member(), row.entry().first())
                    .orElse("COW number " + row.member() + " stands for no state from " + row.entry() + " on"));
        }
        List<String> leftOut = leftOut(row, periods, last);
        if (!leftOut.isEmpty()) {
            notes.add("COW number " + row.member() + " stands for no state " + String.join(" and ", leftOut)
                    + ", so its membership is recorded from " + periods.get(0).from()
                    + (periods.get(periods.size() - 1).to() == null ? "" : " to " + periods.get(periods.size() - 1).to()) + " only");
        }
        return periods.stream().map(period -> RowPart.of(row, period)).toList();
    }

    /** The stretches of the row's days on which its number stands for no state, in words. */
    private static List<String> leftOut(AtopRow row, List<CodePeriod> periods, LocalDate last) {
        List<String> gaps = new ArrayList<>();
        LocalDate next = row.entry().first();
        for (CodePeriod period : periods) {
            if (period.from().isAfter(next)) {
                gaps.add("from " + next + " to " + period.from().minusDays(1));
            }
            next = period.to() == null ? null : period.to().plusDays(1);
            if (next == null) {
                break;
            }
        }
        if (next != null && (last == null || !next.isAfter(last))) {
            gaps.add("from " + next + (last == null ? " on" : " to " + last));
        }
        return gaps;
    }

    /** Ended when every member's rows have: on the latest exit. */
    private static ImportedAlliance.Ending ending(List<AtopRow> rows) {
        if (rows.stream().anyMatch(row -> row.exit() == null)) {
            return null;
        }
        AtopDate last = rows.stream().map(AtopRow::exit).max(Comparator.comparing(AtopDate::first)
                .thenComparing(AtopDate::precision, Comparator.reverseOrder())).orElseThrow();
        return new ImportedAlliance.Ending(last.first(), last.precision());
    }

    /** "Defense pact of United States, Canada, United Kingdom and 9 others, 1949": the first members, in ATOP's order. */
    private static String name(AllianceKind kind, List<MembershipInput> periods, List<RowPart> parts, AtopDate founded) {
        LocalDate first = periods.get(0).joined();
        Set<String> firstMembers = periods.stream().filter(p -> p.joined().equals(first)).map(MembershipInput::country)
                .collect(Collectors.toSet());
        List<String> names = parts.stream().map(RowPart::code).distinct().filter(firstMembers::contains)
                .map(AtopRecord::nameOf).toList();
        String members = names.size() <= NAMED + 1 ? joined(names)
                : String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " others";
        String name = kind.label() + " of " + members + ", " + founded.first().getYear();
        if (name.length() > MAX_NAME && names.size() > 1) { // long historical names: the first and a count
            name = kind.label() + " of " + names.get(0) + " and " + (names.size() - 1) + " other" + (names.size() > 2 ? "s" : "")
                    + ", " + founded.first().getYear();
        }
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    private static String joined(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String description(long atopId, List<AtopRow> rows, List<String> notes) {
        long phases = rows.stream().map(AtopRow::phase).filter(phase -> phase > 0).distinct().count();
        StringBuilder text = new StringBuilder("Imported from ATOP 5.1, atopid " + atopId + ": " + rows.size() + " member rows"
                + (phases > 1 ? " in " + phases + " phases" : "") + ". ATOP dates a member's entry by the day it signed the"
                + " treaty or its accession.");
        if (rows.stream().anyMatch(row -> row.exit() == null)) {
            text.append(" In force at the end of ").append(Atop.COVERED_UNTIL.getYear())
                    .append(", where the data set ends: whether it still is, it does not say.");
        }
        notes.forEach(note -> text.append(' ').append(Character.toUpperCase(note.charAt(0))).append(note.substring(1)).append('.'));
        return text.length() <= 4000 ? text.toString() : text.substring(0, 3999) + "…";
    }

    private static AtopRecord allRejected(String sourceId, List<AtopRow> taken, List<RejectedRow> rejected, String why) {
        List<RejectedRow> all = new ArrayList<>(rejected);
        taken.forEach(row -> all.add(row.source().rejected(sourceId, why)));
        all.sort(Comparator.comparingLong(RejectedRow::line));
        return new AtopRecord(null, List.copyOf(all));
    }

    private static String linesOf(List<RejectedRow> rows) {
        return rows.size() == 1 ? "line " + rows.get(0).line() + " is"
                : "lines " + rows.stream().map(row -> Long.toString(row.line())).collect(Collectors.joining(", ")) + " are";
    }

    private static String describe(String code) {
        return nameOf(code) + " (" + code + ")";
    }

    private static String nameOf(String code) {
        return Countries.find(code).map(Country::name).orElse(code);
    }
}
