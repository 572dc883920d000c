package org.entente.agreements.agreement;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.agreements.dcad.Dcad;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.Provenance;
import org.entente.platform.rest.ProblemException;

/** The research data sets agreements are imported from, by id: what an imported agreement's provenance names. */
public final class DataSets {

    private static final Map<String, DataSet> BY_ID = new TreeMap<>(Map.of(Dcad.DATA_SET.id(), Dcad.DATA_SET));

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

    /**
     * The {@code source} filter of the lists: {@value Provenance#CURATED} for the agreements without a
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

    /** The condition of the {@code source} filter on alias {@code e}, with parameter {@code :name} for a data set. */
    static String condition(String source, String parameter) {
        return source.equals(Provenance.CURATED) ? "e.dataSet IS NULL" : "e.dataSet = :" + parameter;
    }
}
