package org.entente.exercises.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.RecordImporter;
import org.entente.platform.imports.RecordResult;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * One import of the MME file: every row is an exercise, keyed by its MMEID. The file repeats a few
 * MMEIDs for different exercises, so the second row with an MMEID is keyed {@code <MMEID>#2}, the third
 * {@code #3}, in file order: the same file gives the same keys every time. One instance per import; it
 * reads which records were imported before once, at its first record, so that a new record is written
 * without being looked for first (no other import of the data set runs meanwhile).
 */
final class MmeImporter implements RecordImporter {

    private final ExerciseService exercises;
    private final Map<String, Integer> rowsById = new HashMap<>();
    private Set<String> importedBefore;

    MmeImporter(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public DataSet dataSet() {
        return ExerciseDataSets.MME;
    }

    @Override
    public String key(SourceRow row) {
        String id = row.text(MmeColumns.ID).orElse(null);
        if (id == null) {
            return null;
        }
        int nth = rowsById.merge(id, 1, Integer::sum);
        return nth == 1 ? id : id + "#" + nth;
    }

    @Override
    public RecordResult importRecord(String key, List<SourceRow> rows) {
        if (key == null) {
            throw new RowRejected("no source id: " + MmeColumns.ID + " is empty, so a later import could not find the row's exercise");
        }
        if (importedBefore == null) {
            importedBefore = exercises.importedSourceIds(ExerciseDataSets.MME.id());
        }
        return RecordResult.of(exercises.importRecord(MmeRow.read(rows.get(0), key), importedBefore.contains(key)));
    }
}
