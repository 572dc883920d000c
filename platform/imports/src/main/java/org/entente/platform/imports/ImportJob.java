package org.entente.platform.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One import of a data set file: its status and counts as the job runs, and every rejected row.
 * Counted: {@code rowsRead} data rows taken from the file (handed to the importer or rejected);
 * {@code created}, {@code updated}, {@code unchanged} records of the service (an ATOP alliance is
 * several rows); {@code rejected} rows. A job that stopped early says why in {@code failure}, and from
 * which line ({@code failedAtLine}).
 */
public class ImportJob {

    /** Rejected rows kept with their reasons at most; the count goes on beyond. */
    public static final int MAX_KEPT_REJECTIONS = 20_000;

    public UUID id;
    public String dataSet;
    public String fileName;
    public long fileBytes;
    public ImportStatus status;
    public Instant startedAt;
    /** When the job last saved its progress: a running job that stopped doing so was abandoned. */
    public Instant updatedAt;
    public Instant finishedAt;
    public long rowsRead;
    public long created;
    public long updated;
    public long unchanged;
    public long rejected;
    public String failure;
    public Long failedAtLine;
    public List<RejectedRow> rejections = new ArrayList<>();

    public static ImportJob running(DataSet dataSet, String fileName, long fileBytes, Instant now) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.dataSet = dataSet.id();
        job.fileName = fileName;
        job.fileBytes = fileBytes;
        job.status = ImportStatus.RUNNING;
        job.startedAt = now;
        job.updatedAt = now;
        return job;
    }

    void count(RecordResult result) {
        if (result.outcome() != null) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        result.rejected().forEach(this::reject);
    }

    void reject(RejectedRow row) {
        rejected++;
        if (rejections.size() < MAX_KEPT_REJECTIONS) {
            rejections.add(row);
        }
    }

    void finish(Instant now) {
        status = ImportStatus.COMPLETED;
        finishedAt = now;
        updatedAt = now;
    }

    void fail(Instant now, Long line, String reason) {
        status = ImportStatus.FAILED;
        failedAtLine = line;
        failure = reason;
        finishedAt = now;
        updatedAt = now;
    }

    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }

    /** A copy for the store, so the running job goes on while its progress is written. */
    ImportJob snapshot() {
        ImportJob copy = new ImportJob();
        copy.id = id;
        copy.dataSet = dataSet;
        copy.fileName = fileName;
        copy.fileBytes = fileBytes;
        copy.status = status;
        copy.startedAt = startedAt;
        copy.updatedAt = updatedAt;
        copy.finishedAt = finishedAt;
        copy.rowsRead = rowsRead;
        copy.created = created;
        copy.updated = updated;
        copy.unchanged = unchanged;
        copy.rejected = rejected;
        copy.failure = failure;
        copy.failedAtLine = failedAtLine;
        copy.rejections = List.copyOf(rejections);
        return copy;
    }
}
