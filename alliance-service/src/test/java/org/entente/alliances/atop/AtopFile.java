package org.entente.alliances.atop;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Test files in the format of ATOP 5.1's member-level file: its header, rows written here (never
 * taken from the data set). A row is one member in one phase; every column it does not set is 0, as
 * ATOP codes "no". Each test takes atopids of its own ({@link #newId()}), far above ATOP's own (1000 to
 * 6xxx), so that its alliances are told from every other test's and from the real file's.
 */
final class AtopFile {

    static final List<String> HEADER = List.of("atopid", "cowid", "cow4id", "member", "cowsys", "yrent", "moent", "dayent",
            "yrexit", "moexit", "dayexit", "ineffect", "bilat", "phase", "maxphase", "wartime", "cowwar", "estmode", "pubsecr",
            "secrart", "proadd", "futmem", "speclgth", "length", "renounce", "proren", "renewlgt", "term", "termmode", "termcaus",
            "defense", "offense", "neutral", "nonagg", "consul", "active", "conditio", "defcon", "offcon", "neucon", "concon",
            "defcoadv", "defcoloc", "defcocon", "defconum", "defcodem", "defconpr", "offcoadv", "offcoloc", "offcocon", "offconum",
            "offcodem", "neucoadv", "neucoloc", "neucocon", "neuconum", "neucodem", "neuconpr", "neucoatt", "concoadv", "concoloc",
            "concocon", "concoreq", "olimob", "asymm", "obvary", "notaiden", "dipaid", "terrres", "seppeace", "thirdcom", "noothall",
            "specthrt", "statthr1", "statthr2", "conwtin", "medarb", "milcon", "milaid", "intcom", "subord", "organ1", "orgpurp1",
            "organ2", "orgpurp2", "base", "contrib", "armred", "acqterr", "divgains", "demwith", "reflnun", "refothio", "natrefal",
            "compag", "nomicoop", "conres", "agprois", "conmen", "ecaid", "interv", "source", "new5", "rev5", "version");

    private AtopFile() {
    }

    /** An atopid no other test uses. */
    static long newId() {
        return ThreadLocalRandom.current().nextLong(100_000, 2_000_000_000);
    }

    /** A member row, in force at the end of 2018 ({@code yrexit} 0), owing nothing until the test says. */
    static Row row(long atopId, int member) {
        return new Row(atopId, member);
    }

    static String file(Row... rows) {
        return String.join(",", HEADER) + "\n" + Arrays.stream(rows).map(Row::csv).collect(Collectors.joining("\n")) + "\n";
    }

    /** One row of the member-level file: every column, with the values a test sets. */
    static final class Row {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Row(long atopId, int member) {
            HEADER.forEach(column -> values.put(column, "0"));
            values.put("cowid", "");
            values.put("cow4id", "");
            with("atopid", Long.toString(atopId)).with("member", Integer.toString(member)).with("cowsys", "1")
                    .with("ineffect", "1").with("source", "1").with("version", "5.1");
        }

        Row with(String column, String value) {
            if (!values.containsKey(column)) {
                throw new IllegalArgumentException("ATOP's member-level file has no column " + column);
            }
            values.put(column, value);
            return this;
        }

        /** Entered on that day; a day (or month) of 0 is written as ATOP writes an unknown one: blank. */
        Row entered(int year, int month, int day) {
            return with("yrent", Integer.toString(year)).with("moent", Integer.toString(month))
                    .with("dayent", day == 0 ? "" : Integer.toString(day));
        }

        /** The first day out; a day of 0 is blank, as ATOP writes an unknown one. */
        Row exited(int year, int month, int day) {
            return with("yrexit", Integer.toString(year)).with("moexit", Integer.toString(month))
                    .with("dayexit", day == 0 ? "" : Integer.toString(day)).with("ineffect", "0");
        }

        Row phase(int phase, int of) {
            return with("phase", Integer.toString(phase)).with("maxphase", Integer.toString(of));
        }

        /** The obligations it owes, by ATOP's column names: defense, offense, neutral, nonagg, consul. */
        Row owes(String... obligations) {
            for (String obligation : obligations) {
                with(obligation, "1");
            }
            return this;
        }

        String csv() {
            return values.values().stream().map(v -> v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                    .collect(Collectors.joining(","));
        }
    }
}
