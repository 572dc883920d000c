package org.entente.alliances.atop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.platform.rest.DatePrecision;
import org.entente.alliances.alliance.Obligation;
import org.entente.alliances.membership.MemberRole;
import org.entente.alliances.membership.MembershipInput;

/**
 * The membership periods of one alliance from its rows' parts, country by country. A country's
 * timeline is cut wherever one of its parts begins or ends, and each stretch covered by the same
 * parts is one period owing what they owe together. So phases that meet (the exit of one is the entry
 * of the next) become consecutive periods, neither overlapping nor leaving a gap; rows of one member
 * in two phases at once (ATOP's bilateral alliances with Czechoslovakia go on as two phases from
 * 1993) become one period; a part's end where a code changes is the next code's first day.
 */
final class AtopPeriods {

    private AtopPeriods() {
    }

    /**
     * @param founded the alliance's first day: a country's periods from that day on, without a gap,
     *                are those of a founding member; every other period is a member's
     * @return every period, in order of joining, then of country
     */
    static List<MembershipInput> of(List<RowPart> parts, LocalDate founded) {
        Map<String, List<RowPart>> byCountry = new LinkedHashMap<>();
        parts.forEach(part -> byCountry.computeIfAbsent(part.code(), code -> new ArrayList<>()).add(part));
        List<MembershipInput> periods = new ArrayList<>();
        byCountry.forEach((code, own) -> periods.addAll(ofCountry(code, own, founded)));
        periods.sort(Comparator.comparing(MembershipInput::joined).thenComparing(MembershipInput::country));
        return List.copyOf(periods);
    }

    private static List<MembershipInput> ofCountry(String code, List<RowPart> parts, LocalDate founded) {
        TreeMap<LocalDate, DatePrecision> cuts = new TreeMap<>();
        for (RowPart part : parts) {
            cuts.merge(part.from(), part.fromPrecision(), DatePrecision::finer);
            if (part.until() != null) {
                cuts.merge(part.until(), part.untilPrecision(), DatePrecision::finer);
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        List<LocalDate> days = List.copyOf(cuts.keySet());
        for (int i = 0; i < days.size(); i++) {
            LocalDate start = days.get(i);
            LocalDate end = i + 1 < days.size() ? days.get(i + 1) : null;
            List<RowPart> covering = parts.stream().filter(part -> part.covers(start) && (end != null || part.until() == null))
                    .toList();
            if (covering.isEmpty()) {
                continue;
            }
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && start.equals(last.end) && last.parts.equals(covering)) {
                last.end = end;
            } else {
                stretches.add(new Stretch(start, end, covering));
            }
        }
        List<MembershipInput> periods = new ArrayList<>();
        MemberRole previousRole = null;
        LocalDate previousEnd = null;
        for (Stretch stretch : stretches) {
            boolean founding = stretch.start.equals(founded)
                    || previousRole == MemberRole.FOUNDING_MEMBER && stretch.start.equals(previousEnd);
            MemberRole role = founding ? MemberRole.FOUNDING_MEMBER : MemberRole.MEMBER;
            Set<Obligation> owed = EnumSet.noneOf(Obligation.class);
            stretch.parts.forEach(part -> owed.addAll(part.obligations()));
            periods.add(new MembershipInput(code, role, stretch.start, cuts.get(stretch.start), stretch.end,
                    stretch.end == null ? null : cuts.get(stretch.end), owed, List.of()));
            previousRole = role;
            previousEnd = stretch.end;
        }
        return periods;
    }

    /** Days of one country covered by the same parts: [start, end), end null for open. */
    private static final class Stretch {
        final LocalDate start;
        LocalDate end;
        final List<RowPart> parts;

        Stretch(LocalDate start, LocalDate end, List<RowPart> parts) {
            this.start = start;
            this.end = end;
            this.parts = parts;
        }
    }
}
