package org.entente.platform.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.entente.platform.rest.ProblemException;
import org.jboss.logging.Logger;

/**
 * Runs imports: takes the upload, checks that it is text and that its header is the data set's (a
 * wrong file is refused before anything is written), records a running job and reads the file on a
 * worker of its own, handing the importer a batch of records at a time (one record, unless the
 * importer takes more) and saving the job's progress as it goes. A file that breaks off (broken
 * quoting) fails the job naming the line; what was imported before stays, and a rerun completes it.
 */
@ApplicationScoped
public class CsvImports {

    private static final Logger LOG = Logger.getLogger(CsvImports.class);
    // empty lines are read as records and skipped here, so that every line counts and line numbers stay exact
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(false).get();

    private final ImportJobStore jobs;
    private final ImportConfig config;
    private final Clock clock;
    // a pool of its own: an import runs for many seconds, longer than Vert.x lets a shared worker block
    private final WorkerExecutor workers;
    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    CsvImports(ImportJobStore jobs, ImportConfig config, Clock clock, Vertx vertx, MeterRegistry registry) {
        this.jobs = jobs;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.workers = vertx.createSharedWorkerExecutor("entente-imports", 2, 1, TimeUnit.HOURS);
    }

    @PreDestroy
    void close() {
        workers.close();
    }

    /**
     * Spools the body, checks it and starts the import.
     *
     * @return the job as it started (running)
     * @throws ProblemException 400 for an empty file, one that is not text or not the data set's (the
     *                          missing columns named), 409 while an import of the same data set runs,
     *                          413 for a file over the limit
     */
    public ImportJob start(RecordImporter importer, InputStream body) {
        DataSet dataSet = importer.dataSet();
        Upload upload = Upload.spool(body, config.spoolDirectory().orElse(null), config.maxFileSize().asLongValue(),
                expected(dataSet));
        try {
            checkHeader(upload, dataSet);
            ImportJob job = ImportJob.running(dataSet, dataSet.fileName(), upload.bytes(), clock.instant());
            jobs.start(job, clock.instant().minus(config.abandonedAfter()));
            ImportJob started = job.snapshot(); // before the worker changes the job
            AtomicInteger runningOfDataSet = running(dataSet.id());
            runningOfDataSet.incrementAndGet();
            workers.executeBlocking(() -> {
                try (upload) {
                    run(job, upload, importer);
                } finally {
                    runningOfDataSet.decrementAndGet();
                }
                return null;
            }, false);
            return started;
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    public ImportJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new ProblemException(404, "No import with id \"" + id + "\""));
    }

    /** The latest jobs, newest first. */
    public List<ImportJob> latest(int limit) {
        return jobs.latest(limit);
    }

    /** The imports of a data set running in this instance: {@code entente_imports_running{data_set}}. */
    private AtomicInteger running(String dataSet) {
        return running.computeIfAbsent(dataSet, name -> {
            AtomicInteger count = new AtomicInteger();
            Gauge.builder("entente.imports.running", count, AtomicInteger::get).description("Imports running in this instance")
                    .tag("data_set", name).register(registry);
            return count;
        });
    }

    private static String expected(DataSet dataSet) {
        return dataSet.fileName() + " (" + dataSet.title() + ")"; // no article: "a ATOP", "a MME" read badly
    }

    private static void checkHeader(Upload upload, DataSet dataSet) {
        List<String> header;
        try (BufferedReader reader = upload.reader(); CSVParser parser = FORMAT.parse(reader)) {
            header = parser.getHeaderNames();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "The file is not " + expected(dataSet) + ": it is not UTF-8 text; nothing was imported");
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new ProblemException(400, "The file's first line is not a CSV header (" + e.getMessage() + "); nothing was imported");
        }
        List<String> missing = dataSet.requiredColumns().stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "This is not " + expected(dataSet) + ": its header lacks the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (it begins "
                    + header.stream().limit(5).map(name -> "\"" + name + "\"").collect(Collectors.joining(", "))
                    + "); nothing was imported");
        }
    }

    private void run(ImportJob job, Upload upload, RecordImporter importer) {
        Reading reading = new Reading(job, importer);
        long line = 1;
        try {
            String broken = null;
            try (BufferedReader reader = upload.reader(); CSVParser parser = FORMAT.parse(reader)) {
                int columns = parser.getHeaderNames().size();
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    line = parser.getCurrentLineNumber() + 1;
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue; // an empty line
                    }
                    reading.add(new SourceRow(line, record.toMap()), record.size() == columns ? null
                            : "broken row: line " + line + " has " + record.size() + " values where the header has " + columns + " columns");
                }
            } catch (UncheckedIOException | IOException e) {
                Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
                broken = cause instanceof CharacterCodingException ? "the file stops being UTF-8 text at line " + line
                        : "the file cannot be read as CSV from line " + line + " on (" + cause.getMessage() + ")";
            }
            if (broken == null) {
                reading.end();
                job.finish(clock.instant());
            } else {
                Long pendingFrom = reading.pendingFrom();
                reading.importGathered(); // the records read whole before the break
                job.fail(clock.instant(), line, broken + "; " + imported(pendingFrom, line)
                        + ": import the corrected file to complete the import");
            }
        } catch (RuntimeException e) {
            long at = reading.importing() != null ? reading.importing() : line;
            LOG.errorf(e, "Import %s of %s failed at line %d", job.id, job.dataSet, at);
            job.fail(clock.instant(), at, "an unexpected error at line " + at + " (logged with the import's id " + job.id
                    + "); the rows before it are imported: import the file again to complete the import");
        }
        jobs.save(job.snapshot());
        Counter.builder("entente.import.rows.rejected").description("Rows of imported files that were rejected, with their reason in the job")
                .tag("data_set", job.dataSet).register(registry).increment(job.rejected);
        Counter.builder("entente.imports").description("Imports ended, by how they ended")
                .tags("data_set", job.dataSet, "status", job.status.name().toLowerCase(java.util.Locale.ROOT)).register(registry).increment();
        LOG.infof("Import %s of %s: %s, %d rows read, %d created, %d updated, %d unchanged, %d rejected in %d ms",
                job.id, job.dataSet, job.status, job.rowsRead, job.created, job.updated, job.unchanged, job.rejected,
                job.elapsed(clock.instant()).toMillis());
    }

    /** What a failure at {@code line} left imported: the rows before it, but those of a record still being gathered. */
    private static String imported(Long pendingFrom, long line) {
        if (pendingFrom == null) {
            return "the rows before line " + line + " are imported";
        }
        return "the rows before line " + pendingFrom + " are imported, not " + (pendingFrom == line - 1 ? "line " + pendingFrom
                : "lines " + pendingFrom + " to " + (line - 1)) + ", since a record may go on at line " + line;
    }

    /**
     * The rows read so far: gathered into records by their key, and the records into batches of the
     * importer's size, handed to the importer a batch at a time, the job's progress saved as it goes.
     * The job's rejections stay in the order of the file.
     */
    private final class Reading {

        private final ImportJob job;
        private final RecordImporter importer;
        private final int batchSize;
        /** The line each key was first seen on: a key seen again later in the file is a duplicate. */
        private final Map<String, Long> firstLines = new HashMap<>();
        private final List<SourceRow> group = new ArrayList<>();
        private final List<SourceRecord> gathered = new ArrayList<>();
        private String groupKey;
        private Long importing;
        private Instant nextSave;

        Reading(ImportJob job, RecordImporter importer) {
            this.job = job;
            this.importer = importer;
            this.batchSize = Math.max(1, importer.batchSize());
            this.nextSave = clock.instant().plus(config.progressEvery());
        }

        /** @param unreadable why the row cannot be taken at all, or null */
        void add(SourceRow row, String unreadable) {
            if (unreadable != null) {
                endGroup();
                importGathered();
                job.rowsRead++;
                job.reject(row.rejected(null, unreadable));
                return;
            }
            String key = importer.key(row);
            if (!group.isEmpty() && (key == null || !key.equals(groupKey))) {
                endGroup();
            }
            groupKey = key;
            group.add(row);
        }

        void end() {
            endGroup();
            importGathered();
        }

        /** The first line of the batch being imported, while the importer has it. */
        Long importing() {
            return importing;
        }

        /** The first line of the record still being gathered, which a read failure leaves unimported. */
        Long pendingFrom() {
            return group.isEmpty() ? null : group.get(0).line();
        }

        /** The rows of one key are all read: a record for the next batch, or rejected as a duplicate. */
        private void endGroup() {
            if (group.isEmpty()) {
                return;
            }
            SourceRecord record = new SourceRecord(groupKey, group);
            group.clear();
            Long first = groupKey == null ? null : firstLines.putIfAbsent(groupKey, record.firstLine());
            if (first != null) {
                importGathered();
                job.rowsRead += record.rows().size();
                record.rows().forEach(row -> job.reject(row.rejected(record.key(), "duplicate source id: " + record.key()
                        + " is already on line " + first + ", and a record is imported once per file")));
                saveProgressWhenDue();
                return;
            }
            gathered.add(record);
            if (gathered.size() >= batchSize) {
                importGathered();
            }
        }

        /** Imports the records gathered so far, as one batch. */
        void importGathered() {
            if (gathered.isEmpty()) {
                return;
            }
            List<SourceRecord> batch = List.copyOf(gathered);
            gathered.clear();
            importing = batch.get(0).firstLine();
            List<RecordResult> results = importer.importRecords(batch);
            if (results.size() != batch.size()) {
                throw new IllegalStateException(importer.getClass().getName() + " answered " + results.size() + " results for "
                        + batch.size() + " records");
            }
            for (int i = 0; i < batch.size(); i++) {
                job.rowsRead += batch.get(i).rows().size();
                job.count(results.get(i));
            }
            importing = null;
            saveProgressWhenDue();
        }

        private void saveProgressWhenDue() {
            if (!clock.instant().isBefore(nextSave)) {
                job.updatedAt = clock.instant();
                jobs.save(job.snapshot());
                nextSave = job.updatedAt.plus(config.progressEvery());
            }
        }
    }
}
