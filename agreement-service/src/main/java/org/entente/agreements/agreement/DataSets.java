package org.entente.agreements.agreement;

import java.util.List;
import java.util.Optional;
import org.entente.agreements.dcad.Dcad;
import org.entente.platform.imports.DataSetCatalogue;
import org.entente.platform.imports.Provenance;

/** The research data sets agreements are imported from, by id: what an imported agreement's provenance names. */
public final class DataSets {

    public static final DataSetCatalogue CATALOGUE = new DataSetCatalogue(List.of(Dcad.DATA_SET));

    private DataSets() {
    }

    /** The provenance of a record imported from the data set, or null for a curated one (no data set). */
    public static Provenance provenance(String dataSet, String sourceId) {
        return CATALOGUE.provenance(dataSet, sourceId);
    }

    /** The {@code source} filter of the lists (see {@link DataSetCatalogue#source}). */
    public static Optional<String> source(String name, String value) {
        return CATALOGUE.source(name, value);
    }

    /** The condition of the {@code source} filter on alias {@code e}, with parameter {@code :name} for a data set. */
    static String condition(String source, String parameter) {
        return source.equals(Provenance.CURATED) ? "e.dataSet IS NULL" : "e.dataSet = :" + parameter;
    }
}
