package org.entente.exercises.imports;

import java.util.List;
import java.util.Optional;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.DataSetCatalogue;

/** The research data sets exercise-service imports, and the values of {@code source=} on the list of exercises. */
public final class ExerciseDataSets {

    public static final DataSet MME = new DataSet("mme-7", "Multinational Military Exercises (MME) v7, 1980-2010, wide file",
            "mme_v7.csv", "D'Orazio, Vito; Galambos, Kevin, 2021, \"Multinational Military Exercises, 1980-2010\","
            + " doi:10.7910/DVN/KHFODX, Harvard Dataverse, V1", MmeColumns.REQUIRED);

    public static final DataSetCatalogue CATALOGUE = new DataSetCatalogue(List.of(MME));

    private ExerciseDataSets() {
    }

    public static Optional<DataSet> byId(String id) {
        return CATALOGUE.find(id);
    }

    /** The {@code source} filter of the list (see {@link DataSetCatalogue#source}). */
    public static Optional<String> source(String name, String value) {
        return CATALOGUE.source(name, value);
    }
}
