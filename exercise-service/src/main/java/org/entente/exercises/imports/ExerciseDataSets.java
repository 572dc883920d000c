package org.entente.exercises.imports;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.Provenance;
import org.entente.platform.rest.ProblemException;

/** The research data sets exercise-service imports, and the values of {@code source=} on the list of exercises. */
public final class ExerciseDataSets {

    public static final DataSet MME = new DataSet("mme-7", "Multinational Military Exercises (MME) v7, 1980-2010, wide file",
            "mme_v7.csv", "D'Orazio, Vito; Galambos, Kevin, 2021, \"Multinational Military Exercises, 1980-2010\","
            + " doi:10.7910/DVN/KHFODX, Harvard Dataverse, V1", MmeColumns.REQUIRED);

    public static final List<DataSet> ALL = List.of(MME);

    private ExerciseDataSets() {
    }

    public static Optional<DataSet> byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The {@code source} parameter: {@code curated} or a data set's id; absent when empty.
     *
     * @throws ProblemException 400 naming the parameter and the values it takes
     */
    public static Optional<String> source(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<String> allowed = Stream.concat(Stream.of(Provenance.CURATED), ALL.stream().map(DataSet::id)).toList();
        if (!allowed.contains(value)) {
            throw ProblemException.invalidField(name, "\"" + value + "\" is not a source; one of " + String.join(", ", allowed));
        }
        return Optional.of(value);
    }
}
