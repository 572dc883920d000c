package org.entente.platform.imports.jpa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.platform.imports.ImportJob;
import org.entente.platform.imports.ImportJobStore;
import org.entente.platform.imports.ImportStatus;
import org.entente.platform.rest.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/** Import jobs in the service's PostgreSQL database (table {@code import_job}), each step in its own transaction. */
@ApplicationScoped
public class JpaImportJobStore implements ImportJobStore {

    @Override
    public void start(ImportJob job, Instant abandonedBefore) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJobRecord.update("status = ?1, failure = ?2, finishedAt = ?3 WHERE dataSet = ?4 AND status = ?5"
                                + " AND updatedAt < ?6", ImportStatus.FAILED,
                        "abandoned: the service stopped during the import; what it had imported stays, a rerun completes it",
                        job.startedAt, job.dataSet, ImportStatus.RUNNING, abandonedBefore);
                ImportJobRecord record = new ImportJobRecord();
                record.copy(job);
                record.persistAndFlush();
            });
        } catch (PersistenceException e) {
            if (!violates(e, "import_job_running")) {
                throw e;
            }
            Optional<ImportJobRecord> other = QuarkusTransaction.requiringNew().call(() -> ImportJobRecord
                    .<ImportJobRecord>find("dataSet = ?1 AND status = ?2", job.dataSet, ImportStatus.RUNNING).firstResultOptional());
            throw new ProblemException(409, "An import of " + job.dataSet + " is running"
                    + other.map(o -> " (job " + o.id + ", started " + o.startedAt + ")").orElse("")
                    + "; wait for it to end, then import again");
        }
    }

    /** Whether the failure is a violation of the named constraint (one running import per data set). */
    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void save(ImportJob job) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJobRecord record = ImportJobRecord.findById(job.id);
            record.copy(job);
        });
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJobRecord.<ImportJobRecord>findByIdOptional(id)
                .map(ImportJobRecord::job));
    }

    @Override
    public List<ImportJob> latest(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJobRecord.<ImportJobRecord>find("ORDER BY startedAt DESC, id")
                .page(0, limit).list().stream().map(ImportJobRecord::job).toList());
    }
}
