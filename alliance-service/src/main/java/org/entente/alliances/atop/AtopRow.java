package org.entente.alliances.atop;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.alliances.alliance.Obligation;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * One row of the member-level file: one member in one phase of an alliance, with what it owes.
 *
 * @param member the member's Correlates of War state number
 * @param exit   the first day it was out, or null while in force at the end of ATOP's coverage
 * @param phase  ATOP's phase (0 for an alliance that never changed its terms)
 */
record AtopRow(SourceRow source, int member, AtopDate entry, AtopDate exit, int phase, Set<Obligation> obligations) {

    /** ATOP's obligation columns, each 1 when the member owes it, 0 when it does not. */
    static final List<Map.Entry<String, Obligation>> OBLIGATIONS = List.of(Map.entry("defense", Obligation.DEFENSE),
            Map.entry("offense", Obligation.OFFENSE), Map.entry("neutral", Obligation.NEUTRALITY),
            Map.entry("nonagg", Obligation.NON_AGGRESSION), Map.entry("consul", Obligation.CONSULTATION));

    /** @throws RowRejected with the reason, for a row that is no member period Entente can record */
    static AtopRow of(SourceRow row) {
        Optional<String> version = row.text("version");
        if (version.isEmpty() || !version.get().equals(Atop.VERSION)) {
            throw new RowRejected("another release: version is " + version.map(v -> "\"" + v + "\"").orElse("empty")
                    + ", and this import takes ATOP " + Atop.VERSION + " only");
        }
        int member = row.number("member").orElseThrow(() -> new RowRejected("no member: member is empty"));
        AtopDate entry = AtopDate.entry(row);
        AtopDate exit = AtopDate.exit(row).orElse(null);
        if (exit != null && !exit.first().isAfter(entry.first())) {
            throw new RowRejected("exit before entry: the member exits " + exit + " but enters " + entry
                    + (exit.first().equals(entry.first()) ? ", so its period has no day" : ""));
        }
        int phase = row.number("phase").filter(p -> p >= 0)
                .orElseThrow(() -> new RowRejected("no phase: phase is " + row.text("phase").map(p -> "\"" + p + "\"").orElse("empty")
                        + ", not 0 or more"));
        Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        for (var column : OBLIGATIONS) {
            int flag = row.number(column.getKey()).orElseThrow(() -> new RowRejected("obligation not coded: " + column.getKey()
                    + " is empty, and ATOP codes 1 (owed) or 0"));
            if (flag != 0 && flag != 1) {
                throw new RowRejected("obligation not coded: " + column.getKey() + " is " + flag + ", and ATOP codes 1 (owed) or 0");
            }
            if (flag == 1) {
                obligations.add(column.getValue());
            }
        }
        return new AtopRow(row, member, entry, exit, phase, Set.copyOf(obligations));
    }
}
