package org.entente.alliances.alliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.alliances.atop.Atop;
import org.entente.platform.imports.DataSetCatalogue;
import org.entente.platform.imports.Provenance;

/** The research data sets alliances are imported from, by id: what an imported alliance's provenance names. */
public final class DataSets {

    public static final DataSetCatalogue CATALOGUE = new DataSetCatalogue(List.of(Atop.DATA_SET));
    private static final Map<String, LocalDate> COVERED_UNTIL = Map.of(Atop.DATA_SET.id(), Atop.COVERED_UNTIL);

    private DataSets() {
    }

    /** The provenance of a record imported from the data set, or null for a curated one (no data set). */
    public static Provenance provenance(String dataSet, String sourceId) {
        return CATALOGUE.provenance(dataSet, sourceId);
    }

    /** The last day the data set covers, or null for a curated record (no data set). */
    public static LocalDate coveredUntil(String dataSet) {
        return dataSet == null ? null : COVERED_UNTIL.get(dataSet);
    }

    /** The {@code source} filter of the lists (see {@link DataSetCatalogue#source}). */
    public static Optional<String> source(String name, String value) {
        return CATALOGUE.source(name, value);
    }

    /** The condition of the {@code source} filter on the alliance alias {@code alias}, with parameter {@code :parameter}. */
    public static String condition(String alias, String source, String parameter) {
        return source.equals(Provenance.CURATED) ? alias + ".dataSet IS NULL" : alias + ".dataSet = :" + parameter;
    }
}
