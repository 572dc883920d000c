package org.entente.exercises.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.trace.Span;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.exercises.consuming.ConsumerLag;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.entente.platform.relay.KafkaSettings;
import org.entente.platform.tracing.EventTracing;
import org.jboss.logging.Logger;

/**
 * The exercise events of {@code exercises.events} as this instance has read them, for the live
 * stream: the last {@code replay-size} events (so a reconnecting client gets what it missed) and
 * the open subscriptions, which each new event is handed to.
 *
 * <p>Hand-written rather than a Reactive Messaging channel: every instance must read every event
 * (its own consumer group, nothing committed) and, on start, go back a bounded number of records
 * per partition to fill the replay window; a channel shares partitions within a group and resumes
 * from committed offsets.
 */
@Singleton
public class ExerciseEventLog {

    private static final Logger LOG = Logger.getLogger(ExerciseEventLog.class);

    private final KafkaSettings kafka;
    private final String topic;
    private final int replaySize;
    private final ObjectMapper json;
    private final EventTracing tracing;
    private final ConsumerLag lag;
    private final Deque<StreamedEvent> recent = new ArrayDeque<>();
    private final Collection<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread reader;

    ExerciseEventLog(KafkaSettings kafka,
                     @ConfigProperty(name = "entente.outbox.topic") String topic,
                     @ConfigProperty(name = "entente.exercises.stream.replay-size") int replaySize, ObjectMapper json,
                     EventTracing tracing, MeterRegistry registry) {
        this.kafka = kafka;
        this.tracing = tracing;
        this.lag = new ConsumerLag(registry, "exercise-stream", topic);
        Gauge.builder("entente.stream.subscribers", subscriptions, Collection::size)
                .description("Live stream clients connected to this instance").register(registry);
        this.topic = topic;
        this.replaySize = replaySize;
        this.json = json;
    }

    /** A subscriber: what it wants and where its events go. */
    record Subscription(StreamFilter filter, Consumer<StreamedEvent> sink) {
    }

    void start(@Observes StartupEvent started) {
        Properties config = kafka.client();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "exercise-stream-" + UUID.randomUUID()); // every instance reads everything
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000"); // notice the topic soon if it is created after us
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        reader = new Thread(this::read, "exercise-event-log");
        reader.setDaemon(true);
        reader.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            reader.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /**
     * Registers a subscriber and hands it, first, the recent events after {@code lastEventId} (if
     * that id is older than the window: a resync notice, then every recent event), atomically with
     * registering, so no event falls between the replay and the live events.
     */
    synchronized void subscribe(Subscription subscription, String lastEventId) {
        if (lastEventId != null) {
            boolean found = false;
            List<StreamedEvent> replay = new ArrayList<>();
            for (StreamedEvent event : recent) {
                if (found && event.matches(subscription.filter())) {
                    replay.add(event);
                }
                found = found || event.id().equals(lastEventId);
            }
            if (!found) {
                subscription.sink().accept(StreamedEvent.resync(lastEventId));
                replay = recent.stream().filter(e -> e.matches(subscription.filter())).toList();
            }
            replay.forEach(subscription.sink());
        }
        subscriptions.add(subscription);
    }

    /** The id of the newest event read, if any: where a subscriber that first reads a snapshot resumes. */
    synchronized String latestId() {
        return recent.isEmpty() ? null : recent.getLast().id();
    }

    void unsubscribe(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    /** How many subscribers are connected (for health and tests). */
    public int subscribers() {
        return subscriptions.size();
    }

    private synchronized void publish(StreamedEvent event) {
        recent.addLast(event);
        while (recent.size() > replaySize) {
            recent.removeFirst();
        }
        for (Subscription subscription : subscriptions) {
            if (event.matches(subscription.filter())) {
                subscription.sink().accept(event);
            }
        }
    }

    private void read() {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // nothing is committed: there is nothing to hand over
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // go back far enough on each partition to fill the replay window
                    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                    Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
                    for (TopicPartition partition : partitions) {
                        consumer.seek(partition, Math.max(starts.get(partition), ends.get(partition) - replaySize));
                    }
                }
            });
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Span span = tracing.processing(record, "exercise-stream");
                    try {
                        publish(streamed(KafkaCloudEvents.fromRecord(record)));
                        EventTracing.end(span, null);
                    } catch (RuntimeException | IOException e) {
                        EventTracing.end(span, e);
                        LOG.warnf("Skipping an unreadable record at %s-%d@%d: %s", record.topic(), record.partition(),
                                record.offset(), e.getMessage());
                    }
                }
                lag.update(consumer.metrics());
            }
        } catch (WakeupException stopping) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.errorf(e, "The exercise event stream stopped reading %s", topic);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private StreamedEvent streamed(DomainEvent event) throws IOException {
        JsonNode data = json.readTree(event.data());
        Set<String> countries = new HashSet<>();
        data.path("exercise").path("participants").forEach(p -> countries.add(p.path("country").asText()));
        data.path("exercise").path("hosts").forEach(h -> countries.add(h.asText()));
        if (data.path("participant").hasNonNull("country")) {
            countries.add(data.path("participant").path("country").asText()); // a country that just withdrew
        }
        ObjectNode cloudEvent = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.id().toString())
                .put("source", event.source())
                .put("type", event.type())
                .put("subject", event.subject())
                .put("time", event.time().toString())
                .put("datacontenttype", "application/json");
        cloudEvent.set("data", data);
        return new StreamedEvent(event.id().toString(), event.type(), event.subject(), countries, json.writeValueAsString(cloudEvent));
    }
}
