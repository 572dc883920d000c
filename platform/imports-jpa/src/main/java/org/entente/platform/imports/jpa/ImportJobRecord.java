package org.entente.platform.imports.jpa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.platform.imports.ImportJob;
import org.entente.platform.imports.ImportStatus;
import org.entente.platform.imports.RejectedRow;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An import job's row in {@code import_job}. */
@Entity
@Table(name = "import_job")
public class ImportJobRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "data_set", nullable = false)
    public String dataSet;
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Column(name = "file_bytes", nullable = false)
    public long fileBytes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "rows_read", nullable = false)
    public long rowsRead;
    public long created;
    public long updated;
    public long unchanged;
    public long rejected;
    public String failure;
    @Column(name = "failed_at_line")
    public Long failedAtLine;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RejectedRow> rejections = new ArrayList<>();

    void copy(ImportJob job) {
        id = job.id;
        dataSet = job.dataSet;
        fileName = job.fileName;
        fileBytes = job.fileBytes;
        status = job.status;
        startedAt = job.startedAt;
        updatedAt = job.updatedAt;
        finishedAt = job.finishedAt;
        rowsRead = job.rowsRead;
        created = job.created;
        updated = job.updated;
        unchanged = job.unchanged;
        rejected = job.rejected;
        failure = job.failure;
        failedAtLine = job.failedAtLine;
        rejections = new ArrayList<>(job.rejections);
    }

    ImportJob job() {
        ImportJob job = new ImportJob();
        job.id = id;
        job.dataSet = dataSet;
        job.fileName = fileName;
        job.fileBytes = fileBytes;
        job.status = status;
        job.startedAt = startedAt;
        job.updatedAt = updatedAt;
        job.finishedAt = finishedAt;
        job.rowsRead = rowsRead;
        job.created = created;
        job.updated = updated;
        job.unchanged = unchanged;
        job.rejected = rejected;
        job.failure = failure;
        job.failedAtLine = failedAtLine;
        job.rejections = new ArrayList<>(rejections);
        return job;
    }
}
