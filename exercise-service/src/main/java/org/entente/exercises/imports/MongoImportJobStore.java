package org.entente.exercises.imports;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.imports.ImportJob;
import org.entente.platform.imports.ImportJobStore;
import org.entente.platform.imports.ImportStatus;
import org.entente.platform.imports.RejectedRow;
import org.entente.platform.rest.ProblemException;

/**
 * Import jobs in the service's MongoDB database: one document per job ({@code import_jobs}), and
 * while one runs, a lock document for its data set under the data set's id as unique {@code _id}
 * ({@code import_locks}), so that only one import of a data set runs at a time on any MongoDB, with
 * no index or transaction to rely on. A job is written before its lock, so a lock always names a job;
 * a lock whose job has ended (its holder stopped before it could remove the lock) is cleared.
 */
@ApplicationScoped
public class MongoImportJobStore implements ImportJobStore {

    private static final String ABANDONED = "abandoned: the service stopped during the import; what it had imported stays,"
            + " a rerun completes it";

    private final MongoCollection<Document> jobs;
    private final MongoCollection<Document> locks;

    MongoImportJobStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.jobs = client.getDatabase(database).getCollection("import_jobs");
        this.locks = client.getDatabase(database).getCollection("import_locks");
    }

    void createIndexes(@Observes StartupEvent started) {
        jobs.createIndex(Indexes.descending("startedAt"), new IndexOptions().name("by_start"));
    }

    @Override
    public void start(ImportJob job, Instant abandonedBefore) {
        failAbandoned(job.dataSet, job.startedAt, abandonedBefore);
        jobs.insertOne(document(job));
        Optional<ImportJob> holder = Optional.empty();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                locks.insertOne(new Document("_id", job.dataSet).append("job", job.id.toString()));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    jobs.deleteOne(Filters.eq("_id", job.id.toString()));
                    throw e;
                }
            }
            Document lock = locks.find(Filters.eq("_id", job.dataSet)).first();
            if (lock == null) {
                continue; // released a moment ago
            }
            UUID holderId = UUID.fromString(lock.getString("job"));
            holder = find(holderId);
            if (holder.map(h -> h.status == ImportStatus.RUNNING).orElse(false)) {
                break;
            }
            release(job.dataSet, holderId); // its job ended without removing it
        }
        jobs.deleteOne(Filters.eq("_id", job.id.toString()));
        throw new ProblemException(409, "An import of " + job.dataSet + " is running"
                + holder.map(h -> " (job " + h.id + ", started " + h.startedAt + ")").orElse("")
                + "; wait for it to end, then import again");
    }

    /** Running jobs that saved no progress since {@code abandonedBefore} were left by a process that stopped. */
    private void failAbandoned(String dataSet, Instant now, Instant abandonedBefore) {
        Bson abandoned = Filters.and(Filters.eq("dataSet", dataSet), Filters.eq("status", ImportStatus.RUNNING.name()),
                Filters.lt("updatedAt", Date.from(abandonedBefore)));
        for (Document job : jobs.find(abandoned).projection(Projections.include("_id")).into(new ArrayList<>())) {
            jobs.updateOne(Filters.and(Filters.eq("_id", job.getString("_id")), abandoned), Updates.combine(
                    Updates.set("status", ImportStatus.FAILED.name()), Updates.set("failure", ABANDONED),
                    Updates.set("finishedAt", Date.from(now)), Updates.set("updatedAt", Date.from(now))));
            release(dataSet, UUID.fromString(job.getString("_id")));
        }
    }

    private void release(String dataSet, UUID job) {
        locks.deleteOne(Filters.and(Filters.eq("_id", dataSet), Filters.eq("job", job.toString())));
    }

    @Override
    public void save(ImportJob job) {
        jobs.replaceOne(Filters.eq("_id", job.id.toString()), document(job));
        if (job.status != ImportStatus.RUNNING) {
            release(job.dataSet, job.id);
        }
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(jobs.find(Filters.eq("_id", id.toString())).first()).map(MongoImportJobStore::job);
    }

    @Override
    public List<ImportJob> latest(int limit) {
        return jobs.find().projection(Projections.exclude("rejections")).sort(Sorts.descending("startedAt")).limit(limit)
                .map(MongoImportJobStore::job).into(new ArrayList<>());
    }

    private static Document document(ImportJob job) {
        return new Document("_id", job.id.toString()).append("dataSet", job.dataSet).append("fileName", job.fileName)
                .append("fileBytes", job.fileBytes).append("status", job.status.name()).append("startedAt", date(job.startedAt))
                .append("updatedAt", date(job.updatedAt)).append("finishedAt", date(job.finishedAt)).append("rowsRead", job.rowsRead)
                .append("created", job.created).append("updated", job.updated).append("unchanged", job.unchanged)
                .append("rejected", job.rejected).append("failure", job.failure).append("failedAtLine", job.failedAtLine)
                .append("rejections", job.rejections.stream().map(r -> new Document("line", r.line())
                        .append("sourceId", r.sourceId()).append("reason", r.reason())).toList());
    }

    private static ImportJob job(Document d) {
        ImportJob job = new ImportJob();
        job.id = UUID.fromString(d.getString("_id"));
        job.dataSet = d.getString("dataSet");
        job.fileName = d.getString("fileName");
        job.fileBytes = number(d, "fileBytes");
        job.status = ImportStatus.valueOf(d.getString("status"));
        job.startedAt = instant(d.getDate("startedAt"));
        job.updatedAt = instant(d.getDate("updatedAt"));
        job.finishedAt = instant(d.getDate("finishedAt"));
        job.rowsRead = number(d, "rowsRead");
        job.created = number(d, "created");
        job.updated = number(d, "updated");
        job.unchanged = number(d, "unchanged");
        job.rejected = number(d, "rejected");
        job.failure = d.getString("failure");
        job.failedAtLine = d.get("failedAtLine") == null ? null : number(d, "failedAtLine");
        job.rejections = new ArrayList<>(d.getList("rejections", Document.class, List.of()).stream()
                .map(r -> new RejectedRow(number(r, "line"), r.getString("sourceId"), r.getString("reason"))).toList());
        return job;
    }

    private static long number(Document d, String field) {
        return ((Number) d.get(field)).longValue();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
