package org.entente.exercises.changes;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.exercises.outbox.PendingEvent;
import org.entente.platform.changes.ChangeLog;
import org.entente.platform.changes.StoredChange;
import org.entente.platform.relay.OutboxConfig;

/**
 * The change log of exercise-service: every event its relay takes from the exercises' documents,
 * kept in {@code exercise_changes} with its feed position, before it goes to Kafka (so the feed goes
 * on while Kafka is unreachable). One relay at a time writes it (the relay lease): it takes the
 * positions after {@code last}, inserts the events, then moves {@code last} and {@code logged} past
 * them in one write, and readers read only up to {@code logged}, so a reader never passes a position
 * whose insert has not landed yet. An event
 * logged twice (a pass that failed after logging) keeps its first position: its id is the
 * document's {@code _id}.
 */
@ApplicationScoped
public class ExerciseChanges implements ChangeLog {

    private static final String FEED = "exercises";

    private final MongoCollection<Document> changes;
    private final MongoCollection<Document> feeds;
    private final OutboxConfig config;

    ExerciseChanges(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database, OutboxConfig config) {
        MongoDatabase db = client.getDatabase(database);
        this.changes = db.getCollection("exercise_changes");
        this.feeds = db.getCollection("change_feeds");
        this.config = config;
    }

    void createIndexes(@Observes StartupEvent started) {
        changes.createIndex(Indexes.ascending("position"), new IndexOptions().name("by_position").unique(true));
    }

    /** Logs the events of a relay pass, exercise by exercise, each exercise's in their order. */
    public void log(Map<String, List<PendingEvent>> eventsByExercise) {
        int count = eventsByExercise.values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            return;
        }
        // one writer at a time (the relay lease): the positions after the last one given are free
        Document feed = feeds.find(Filters.eq("_id", FEED)).first();
        long position = feed == null ? 0 : Math.max(number(feed, "last"), number(feed, "deletedUpTo"));
        long last = position + count;
        List<Document> entries = new ArrayList<>(count);
        for (Map.Entry<String, List<PendingEvent>> exercise : eventsByExercise.entrySet()) {
            for (PendingEvent event : exercise.getValue()) {
                entries.add(new Document("_id", event.id().toString()).append("position", ++position)
                        .append("exercise", exercise.getKey()).append("type", event.type()).append("time", Date.from(event.time()))
                        .append("data", event.data()));
            }
        }
        try {
            changes.insertMany(entries, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
                // the block is used whatever landed of it: the next pass takes positions after it
                feeds.updateOne(Filters.eq("_id", FEED), Updates.max("last", last), new UpdateOptions().upsert(true));
                throw e;
            }
            // logged by an earlier pass: they keep their positions, these stay unused
        }
        feeds.updateOne(Filters.eq("_id", FEED), Updates.combine(Updates.max("last", last), Updates.max("logged", last)),
                new UpdateOptions().upsert(true));
    }

    @Override
    public long head() {
        Document feed = feeds.find(Filters.eq("_id", FEED)).first();
        return feed == null ? 0 : Math.max(number(feed, "logged"), number(feed, "deletedUpTo"));
    }

    @Override
    public long horizon() {
        Document feed = feeds.find(Filters.eq("_id", FEED)).first();
        return feed == null ? 0 : number(feed, "deletedUpTo");
    }

    @Override
    public List<StoredChange> after(long position, int limit) {
        long logged = head();
        return changes.find(Filters.and(Filters.gt("position", position), Filters.lte("position", logged)))
                .sort(Sorts.ascending("position")).limit(limit)
                .map(d -> new StoredChange(d.get("position", Number.class).longValue(), d.getString("exercise"), d.getString("type"),
                        d.getDate("time").toInstant(), d.getString("data")))
                .into(new ArrayList<>());
    }

    @Scheduled(every = "${entente.outbox.cleanup-interval:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        deleteLoggedBefore(Instant.now().minus(config.retention()));
    }

    /** Deletes the changes logged before {@code cutoff} and moves the horizon past them; returns how many. */
    public long deleteLoggedBefore(Instant cutoff) {
        Document newest = changes.find(Filters.lt("time", Date.from(cutoff))).projection(Projections.include("position"))
                .sort(Sorts.descending("position")).first();
        if (newest == null) {
            return 0;
        }
        long upTo = newest.get("position", Number.class).longValue();
        long deleted = changes.deleteMany(Filters.lte("position", upTo)).getDeletedCount();
        feeds.updateOne(Filters.eq("_id", FEED), Updates.max("deletedUpTo", upTo), new UpdateOptions().upsert(true));
        return deleted;
    }

    private static long number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }
}
