package org.entente.alliances.atop;

import java.time.LocalDate;
import java.util.List;
import org.entente.platform.imports.DataSet;

/**
 * The Alliance Treaty Obligations and Provisions (ATOP) data set, version 5.1, member-level file: one
 * row per member per phase of an alliance, 1815 to 2018, states by their Correlates of War numbers,
 * sorted by {@code atopid}. Distributed by the ATOP project at atopdata.org as {@code atop5_1m.csv},
 * with its codebook.
 */
public final class Atop {

    /** As the ATOP project asks to be cited. */
    public static final String CITATION = "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long."
            + " 2002. \"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: 237-260.";

    /** The release this import takes: the file's {@code version} column says it on every row. */
    static final String VERSION = "5.1";

    /** The last day the data set covers: {@code yrexit = 0} means still in force on it, nothing about later days. */
    public static final LocalDate COVERED_UNTIL = LocalDate.of(2018, 12, 31);

    /** The columns the import reads; the file has about a hundred more, which it leaves out. */
    static final List<String> COLUMNS = List.of("atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit",
            "phase", "defense", "offense", "neutral", "nonagg", "consul", "version");

    public static final DataSet DATA_SET = new DataSet("atop-5.1", "ATOP 5.1, member-level file", "atop5_1m.csv", CITATION,
            COLUMNS);

    private Atop() {
    }

    /** The code of the alliance imported from the ATOP record: {@code ATOP_3180}. */
    public static String code(long atopId) {
        return "ATOP_" + atopId;
    }
}
