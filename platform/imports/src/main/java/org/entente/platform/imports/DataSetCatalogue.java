package org.entente.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.platform.rest.ProblemException;

/** The data sets a service imports, by id: what provenance, the {@code source} filter and import jobs name. */
public final class DataSetCatalogue {

    private final List<DataSet> dataSets;

    public DataSetCatalogue(List<DataSet> dataSets) {
        this.dataSets = List.copyOf(dataSets);
    }

    public Optional<DataSet> find(String id) {
        return dataSets.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The provenance of a record imported from the data set, or null for a curated one (no data set). */
    public Provenance provenance(String dataSet, String sourceId) {
        return dataSet == null ? null : find(dataSet).map(d -> Provenance.of(d, sourceId))
                .orElseGet(() -> new Provenance(dataSet, null, sourceId, null));
    }

    /**
     * The {@code source} filter of the lists: {@value Provenance#CURATED} for the records without a data
     * set, or a data set's id; absent when empty.
     *
     * @throws ProblemException 400 naming the parameter and the values it takes
     */
    public Optional<String> source(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        List<String> allowed = Stream.concat(Stream.of(Provenance.CURATED), dataSets.stream().map(DataSet::id)).toList();
        if (!allowed.contains(value)) {
            throw ProblemException.invalidField(name, "unknown source \"" + value + "\"; allowed: " + String.join(", ", allowed));
        }
        return Optional.of(value);
    }

    /** An import job as the API shows it (a job of a data set no longer known keeps its id as title). */
    public ImportJobView view(ImportJob job, Instant now, boolean withRejections) {
        DataSet dataSet = find(job.dataSet).orElseGet(() -> new DataSet(job.dataSet, job.dataSet, job.fileName, null, List.of()));
        return ImportJobView.of(job, dataSet, now, withRejections);
    }
}
