package org.entente.exercises.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.platform.imports.CsvImports;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.ImportJob;
import org.entente.platform.imports.ImportJobView;

/** The imports of research data sets into exercises, run as jobs by the shared import machinery. */
@ApplicationScoped
public class ExerciseImports {

    private final CsvImports imports;
    private final ExerciseService exercises;
    private final Clock clock;

    ExerciseImports(CsvImports imports, ExerciseService exercises, Clock clock) {
        this.imports = imports;
        this.exercises = exercises;
        this.clock = clock;
    }

    /** Starts importing an MME v7 wide file; the running job. */
    public ImportJobView importMme(InputStream file) {
        return view(imports.start(new MmeImporter(exercises), file), true);
    }

    public ImportJobView get(UUID id) {
        return view(imports.get(id), true);
    }

    /** The latest imports, newest first, without their rejected rows. */
    public List<ImportJobView> latest(int limit) {
        return imports.latest(limit).stream().map(job -> view(job, false)).toList();
    }

    private ImportJobView view(ImportJob job, boolean withRejections) {
        DataSet dataSet = ExerciseDataSets.byId(job.dataSet)
                .orElseGet(() -> new DataSet(job.dataSet, job.dataSet, job.fileName, null, List.of()));
        return ImportJobView.of(job, dataSet, clock.instant(), withRejections);
    }
}
