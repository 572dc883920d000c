package org.entente.platform.imports;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.entente.platform.rest.ProblemException;
import org.jboss.logging.Logger;

/**
 * Runs imports: takes the upload, checks its header against the data set (a wrong file is refused
 * before anything is written), records a running job and reads the file on a worker of its own, one
 * record at a time, saving the job's progress as it goes. A file that breaks off (broken quoting, not
 * text) fails the job naming the line; what was imported before stays, and a rerun completes it.
 */
@ApplicationScoped
public class CsvImports {

    private static final Logger LOG = Logger.getLogger(CsvImports.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true).get();

    private final ImportJobStore jobs;
    private final ImportConfig config;
    private final Clock clock;
    // a pool of its own: an import runs for many seconds, longer than Vert.x lets a shared worker block
    private final WorkerExecutor workers;

    CsvImports(ImportJobStore jobs, ImportConfig config, Clock clock, Vertx vertx) {
        this.jobs = jobs;
        this.config = config;
        this.clock = clock;
        this.workers = vertx.createSharedWorkerExecutor("entente-imports", 2, 1, TimeUnit.HOURS);
    }

    @PreDestroy
    void close() {
        workers.close();
    }

    /**
     * Spools the body, checks its header and starts the import.
     *
     * @return the running job
     * @throws ProblemException 400 for an empty or wrong file (the missing columns named), 409 while an
     *                          import of the same data set runs, 413 for a file over the limit
     */
    public ImportJob start(RecordImporter importer, InputStream body) {
        DataSet dataSet = importer.dataSet();
        Upload upload = Upload.spool(body, config.spoolDirectory().orElse(null), config.maxFileSize().asLongValue());
        try {
            checkHeader(upload, dataSet);
            ImportJob job = ImportJob.running(dataSet, dataSet.fileName(), upload.bytes(), clock.instant());
            jobs.start(job, clock.instant().minus(config.abandonedAfter()));
            workers.executeBlocking(() -> {
                try (upload) {
                    run(job, upload, importer);
                }
                return null;
            }, false);
            return job.snapshot();
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    public ImportJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new ProblemException(404, "No import with id \"" + id + "\""));
    }

    public List<ImportJob> latest(int limit) {
        return jobs.latest(limit);
    }

    private static void checkHeader(Upload upload, DataSet dataSet) {
        List<String> header;
        try (BufferedReader reader = upload.reader(); CSVParser parser = FORMAT.parse(reader)) {
            header = parser.getHeaderNames();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "The file is not UTF-8 text, so not a " + dataSet.title() + " CSV file ("
                    + dataSet.fileName() + ")");
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new ProblemException(400, "The file's first line is not a CSV header: " + e.getMessage());
        }
        List<String> missing = dataSet.requiredColumns().stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "This is not a " + dataSet.title() + " file (" + dataSet.fileName() + "): its header "
                    + "lacks the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; nothing was imported");
        }
    }

    private void run(ImportJob job, Upload upload, RecordImporter importer) {
        Instant nextSave = clock.instant().plus(config.progressEvery());
        long line = 1;
        try (BufferedReader reader = upload.reader(); CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<SourceRow> group = new ArrayList<>();
            String groupKey = null;
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                SourceRow row = new SourceRow(line, values(records.next()));
                job.rowsRead++;
                String key = importer.key(row);
                if (groupKey != null && !groupKey.equals(key)) {
                    importGroup(job, importer, groupKey, group);
                    group = new ArrayList<>();
                }
                groupKey = key;
                group.add(row);
                if (clock.instant().isAfter(nextSave)) {
                    job.updatedAt = clock.instant();
                    jobs.save(job.snapshot());
                    nextSave = job.updatedAt.plus(config.progressEvery());
                }
            }
            if (!group.isEmpty()) {
                importGroup(job, importer, groupKey, group);
            }
            job.finish(clock.instant());
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            job.fail(clock.instant(), line, cause instanceof CharacterCodingException
                    ? "the file stops being UTF-8 text at line " + line + " (binary data?)"
                    : "the file cannot be read as CSV from line " + line + " on: " + e.getMessage()
                      + "; the records before it are imported, a corrected file imports the rest");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s of %s failed at line %d", job.id, job.dataSet, line);
            job.fail(clock.instant(), line, "an unexpected error at line " + line + ": " + e.getMessage());
        }
        jobs.save(job.snapshot());
        LOG.infof("Import %s of %s: %s, %d rows read, %d created, %d updated, %d unchanged, %d rejected in %d ms",
                job.id, job.dataSet, job.status, job.rowsRead, job.created, job.updated, job.unchanged, job.rejected,
                job.elapsed(clock.instant()).toMillis());
    }

    private static void importGroup(ImportJob job, RecordImporter importer, String key, List<SourceRow> rows) {
        try {
            job.count(importer.importRecord(key, rows));
        } catch (RowRejected e) {
            rows.forEach(row -> job.reject(row.rejected(key, e.getMessage())));
        } catch (ProblemException e) {
            // the service's own rules (validation, conflicts) refused the record: its rows are rejected with the reason
            rows.forEach(row -> job.reject(row.rejected(key, e.getMessage())));
        }
    }

    private static Map<String, String> values(CSVRecord record) {
        return record.toMap();
    }
}
