package org.entente.alliances.alliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.alliances.atop.Atop;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.Provenance;
import org.entente.platform.rest.ProblemException;

/** The research data sets alliances are imported from, by id: what an imported alliance's provenance names. */
public final class DataSets {

    private static final Map<String, DataSet> BY_ID = new TreeMap<>(Map.of(Atop.DATA_SET.id(), Atop.DATA_SET));
    private static final Map<String, LocalDate> COVERED_UNTIL = Map.of(Atop.DATA_SET.id(), Atop.COVERED_UNTIL);

    private DataSets() {
    }

    public static Optional<DataSet> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The provenance of a record imported from the data set, or null for a curated one (no data set). */
    public static Provenance provenance(String dataSet, String sourceId) {
        return dataSet == null ? null : find(dataSet).map(d -> Provenance.of(d, sourceId))
                .orElseGet(() -> new Provenance(dataSet, null, sourceId, null));
    }

    /** The last day the data set covers, or null for a curated record (no data set). */
    public static LocalDate coveredUntil(String dataSet) {
        return dataSet == null ? null : COVERED_UNTIL.get(dataSet);
    }

    /**
     * The {@code source} filter of the lists: {@value Provenance#CURATED} for the alliances without a
     * data set, or a data set's id; anything else is a 400 naming the parameter.
     */
    public static Optional<String> source(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!value.equals(Provenance.CURATED) && !BY_ID.containsKey(value)) {
            throw ProblemException.invalidField(name, "unknown source \"" + value + "\"; allowed: " + Provenance.CURATED + ", "
                    + String.join(", ", BY_ID.keySet()));
        }
        return Optional.of(value);
    }

    /** The condition of the {@code source} filter on the alliance alias {@code alias}, with parameter {@code :parameter}. */
    public static String condition(String alias, String source, String parameter) {
        return source.equals(Provenance.CURATED) ? alias + ".dataSet IS NULL" : alias + ".dataSet = :" + parameter;
    }
}
