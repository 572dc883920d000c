package org.entente.agreements.dcad;

import java.util.List;
import org.entente.platform.imports.DataSet;

/**
 * The Defense Cooperation Agreement Dataset (DCAD) 1.0, main file: one bilateral defense cooperation
 * agreement per row, 1980 to 2010, states by their Correlates of War numbers. Distributed by its
 * author (brandonkinne.com/dcad, and the Correlates of War site) as {@code DCAD-v1.0-main.csv}.
 */
public final class Dcad {

    public static final String CITATION = "Kinne, Brandon J. 2020. \"The Defense Cooperation Agreement Dataset (DCAD).\""
            + " Journal of Conflict Resolution 64(4): 729-755.";

    /** Every column of the main file: the importer maps some and keeps the others' values as they are. */
    static final List<String> COLUMNS = List.of("ccode1", "cowName1", "ccode2", "cowName2", "signDay", "signMonth", "signYear",
            "EIFDay", "EIFMonth", "EIFYear", "type", "category1", "category2", "category3", "span", "renewType", "renewYears",
            "terminated", "durationActual", "endYearEstimate", "asymmetry", "categoryConf", "UNTS", "fullText", "sourceType",
            "source", "factivaConf", "factivaSign", "factivaEIF", "DCAid");

    public static final DataSet DATA_SET = new DataSet("dcad-1.0", "DCAD 1.0, main file", "DCAD-v1.0-main.csv", CITATION,
            COLUMNS);

    private Dcad() {
    }
}
