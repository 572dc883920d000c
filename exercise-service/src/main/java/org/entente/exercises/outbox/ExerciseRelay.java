package org.entente.exercises.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.entente.exercises.changes.ExerciseChanges;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.entente.platform.relay.EventRelay;
import org.entente.platform.relay.KafkaSettings;
import org.entente.platform.relay.OutboxConfig;
import org.entente.platform.tracing.EventTracing;

/**
 * Publishes the events waiting in exercise documents ({@code pendingEvents}) to Kafka, oldest first
 * per exercise, and removes them once Kafka acknowledged them; then removes exercises that were
 * deleted and have nothing left to publish. Each event is logged for the change feed ({@link ExerciseChanges})
 * before it is sent. An event is published twice only when Kafka
 * acknowledged it and removing it then failed (at-least-once; consumers deduplicate by {@code ce_id}).
 *
 * <p>Several instances: a relay works only while it holds the {@link RelayLease}.
 */
@Singleton // not @ApplicationScoped: a client proxy would need a no-args constructor in EventRelay
public class ExerciseRelay extends EventRelay {

    private static final String LEASE = "exercises-outbox-relay";
    private static final Duration LEASE_TIME = Duration.ofSeconds(30);
    private static final Document PUBLISHING = new Document("pendingEvents", 1).append("deleted", 1);

    private final MongoCollection<Document> exercises;
    private final RelayLease lease;
    private final ExerciseChanges changes;
    private final EventTracing tracing;
    /** Exercises written with events since the last pass: read by id, so a busy writer does not make every pass scan. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private Instant nextScan = Instant.MIN;

    ExerciseRelay(OutboxConfig config, MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database,
                  KafkaSettings kafka, @ConfigProperty(name = "quarkus.http.port") int port, ExerciseChanges changes,
                  EventTracing tracing, MeterRegistry registry) {
        super(config, kafka, registry);
        this.changes = changes;
        this.tracing = tracing;
        this.exercises = client.getDatabase(database).getCollection("exercises");
        // real time, not the service clock that tests move: leases are measured between processes
        this.lease = new RelayLease(client.getDatabase(database).getCollection("relay_leases"), LEASE,
                holderName(port), LEASE_TIME, Clock.systemUTC());
    }

    /** This instance's host and port: a restarted instance is the same holder and takes its lease back at once. */
    static String holderName(int port) {
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + port;
        } catch (UnknownHostException e) {
            return "instance-" + UUID.randomUUID() + ":" + port;
        }
    }

    void start(@Observes StartupEvent started) {
        start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        stop();
    }

    /** The exercise now has events in its document: the next pass reads it by id. */
    public void wake(String exerciseId) {
        written.add(exerciseId);
        wake();
    }

    /**
     * One pass: the exercises written since the last one, read by id; or, once per poll interval, a scan of the
     * collection for waiting events, which finds those that no wake named (written by another instance, left by
     * a failed pass or a stopped process). A wake whose exercises an earlier pass already took does not scan. Without the reads by id, an import writing
     * hundreds of exercises a second would have each pass scan the whole collection: the MongoDB-protocol store
     * of the local suite has no index on {@code pendingEvents}.
     */
    @Override
    protected int relayOneBatch(KafkaProducer<String, byte[]> producer) throws Exception {
        try {
            return relayWaiting(producer);
        } catch (Exception e) {
            nextScan = Instant.MIN; // the exercises of the failed pass are no longer named: the next pass scans
            throw e;
        }
    }

    /** A scan of the collection: the store has no index on {@code pendingEvents}, but a scrape comes only every few seconds. */
    @Override
    protected Backlog readBacklog() {
        long events = 0;
        Instant oldest = null;
        for (Document exercise : exercises.find(Filters.exists("pendingEvents.0")).projection(new Document("pendingEvents.time", 1))) {
            for (Document event : exercise.getList("pendingEvents", Document.class)) {
                events++;
                Instant time = event.getDate("time").toInstant();
                oldest = oldest == null || time.isBefore(oldest) ? time : oldest;
            }
        }
        return Backlog.of(events, oldest);
    }

    private int relayWaiting(KafkaProducer<String, byte[]> producer) throws Exception {
        if (!lease.hold()) {
            written.clear(); // the instance holding the lease finds them in its scans
            return 0;
        }
        List<Document> waiting;
        boolean more;
        Instant now = Instant.now();
        if (!now.isBefore(nextScan)) {
            nextScan = now.plus(config.pollInterval());
            waiting = exercises.find(Filters.exists("pendingEvents.0")).projection(PUBLISHING).limit(config.batchSize())
                    .into(new ArrayList<>());
            more = waiting.size() == config.batchSize();
        } else if (written.isEmpty()) {
            return 0; // woken for exercises an earlier pass already took: the next scan is due at nextScan
        } else {
            waiting = new ArrayList<>();
            Iterator<String> ids = written.iterator();
            for (int taken = 0; taken < config.batchSize() && ids.hasNext(); taken++) {
                String id = ids.next();
                ids.remove();
                // by _id alone: the query the MongoDB-protocol store answers from its index
                Document exercise = exercises.find(new Document("_id", id)).projection(PUBLISHING).first();
                if (exercise != null && !exercise.getList("pendingEvents", Document.class, List.of()).isEmpty()) {
                    waiting.add(exercise);
                }
            }
            more = !written.isEmpty();
        }
        Map<String, List<PendingEvent>> eventsByExercise = new LinkedHashMap<>();
        for (Document exercise : waiting) {
            eventsByExercise.put(exercise.getString("_id"),
                    exercise.getList("pendingEvents", Document.class).stream().map(PendingEvent::of).toList());
        }
        changes.log(eventsByExercise); // before Kafka: the change feed goes on while Kafka is unreachable
        Map<String, List<Future<RecordMetadata>>> acksByExercise = new LinkedHashMap<>();
        eventsByExercise.forEach((id, events) -> acksByExercise.put(id, events.stream()
                .map(event -> tracing.send(producer, KafkaCloudEvents.toRecord(config.topic(), event.toDomainEvent(config.source(), id)),
                        event.traceParent()))
                .toList()));
        // one write removes what Kafka acknowledged, up to the first failure: what is not acknowledged stays in its document
        List<WriteModel<Document>> published = new ArrayList<>();
        try {
            for (Document exercise : waiting) {
                String id = exercise.getString("_id");
                for (Future<RecordMetadata> ack : acksByExercise.get(id)) {
                    ack.get(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                }
                published(acksByExercise.get(id).size());
                List<String> ids = eventsByExercise.get(id).stream().map(e -> e.id().toString()).toList();
                published.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.pull("pendingEvents", Filters.in("id", ids))));
                if (exercise.getBoolean("deleted", false)) {
                    published.add(new DeleteOneModel<>(Filters.and(Filters.eq("_id", id), Filters.eq("deleted", true),
                            Filters.size("pendingEvents", 0))));
                }
            }
        } finally {
            if (!published.isEmpty()) {
                exercises.bulkWrite(published);
            }
        }
        return more ? config.batchSize() : waiting.size(); // a full batch: look again at once
    }
}
