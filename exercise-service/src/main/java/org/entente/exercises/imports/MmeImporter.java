package org.entente.exercises.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.exercises.exercise.ImportedExercise;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.RecordImporter;
import org.entente.platform.imports.RecordResult;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRecord;
import org.entente.platform.imports.SourceRow;
import org.entente.platform.rest.ProblemException;

/**
 * One import of the MME file: every row is an exercise, keyed by its MMEID. The file repeats a few
 * MMEIDs for different exercises, so the second row with an MMEID is keyed {@code <MMEID>#2}, the third
 * {@code #3}, in file order: the same file gives the same keys every time. One instance per import; it
 * reads which records were imported before once, at its first record, so that a new record is written
 * without being looked for first (no other import of the data set runs meanwhile), and the new
 * exercises of a batch are written together.
 */
final class MmeImporter implements RecordImporter {

    /**
     * Records per batch. Every write to the MongoDB-protocol store of the local suite ends in a commit
     * that rewrites the pages it touched, so one insert of 50 exercises costs little more than one of
     * a single exercise; on a real MongoDB it saves the round trips.
     */
    private static final int BATCH = 50;

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
    public int batchSize() {
        return BATCH;
    }

    @Override
    public RecordResult importRecord(String key, List<SourceRow> rows) {
        return importRecords(List.of(new SourceRecord(key, rows))).get(0);
    }

    /** Records imported before are each looked up and updated on their own; the new ones are created in one write. */
    @Override
    public List<RecordResult> importRecords(List<SourceRecord> records) {
        if (importedBefore == null) {
            importedBefore = exercises.importedSourceIds(ExerciseDataSets.MME.id());
        }
        List<RecordResult> results = new ArrayList<>();
        List<ImportedExercise> fresh = new ArrayList<>();
        List<Integer> freshAt = new ArrayList<>();
        for (SourceRecord record : records) {
            results.add(RecordResult.unlessRefused(record, () -> {
                ImportedExercise exercise = read(record);
                if (importedBefore.contains(record.key())) {
                    return RecordResult.of(exercises.importRecord(exercise, true));
                }
                freshAt.add(results.size());
                fresh.add(exercise);
                return RecordResult.of(RecordResult.Outcome.CREATED); // once written below, unless refused there
            }));
        }
        Map<Integer, ProblemException> refused = exercises.importNew(fresh);
        refused.forEach((index, refusal) -> {
            int at = freshAt.get(index);
            results.set(at, RecordResult.refused(records.get(at), refusal));
        });
        return results;
    }

    private static ImportedExercise read(SourceRecord record) {
        if (record.key() == null) {
            throw new RowRejected("no source id: " + MmeColumns.ID + " is empty, so a later import could not find the row's exercise");
        }
        return MmeRow.read(record.rows().get(0), record.key());
    }
}
