package org.entente.platform.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.export.CsvColumns;

/**
 * Where an imported record comes from: the data set and the record's id in it, with the data set's
 * title and citation. Curated records have none.
 */
@Schema(name = "Provenance", description = "Where an imported record comes from; absent on curated records")
public record Provenance(
        @Schema(description = "The data set's id, e.g. `dcad-1.0` (what `source=` on the lists filters by)") String dataSet,
        @Schema(description = "The data set's title") String title,
        @Schema(description = "The record's id in the data set, e.g. `DCADv1.0-0001`") String sourceId,
        @Schema(description = "How to cite the data set, as its authors ask") String citation) {

    /** The value of {@code source=} that selects the curated records (those without provenance). */
    public static final String CURATED = "curated";

    /**
     * Its columns in an export: the data set and the record's id (the data set's title and citation,
     * the same on every row, are in the JSON and NDJSON forms).
     */
    public static final CsvColumns<Provenance> CSV_COLUMNS = CsvColumns.of(Provenance.class)
            .add("dataSet", Provenance::dataSet).add("sourceId", Provenance::sourceId);

    public static Provenance of(DataSet dataSet, String sourceId) {
        return new Provenance(dataSet.id(), dataSet.title(), sourceId, dataSet.citation());
    }
}
