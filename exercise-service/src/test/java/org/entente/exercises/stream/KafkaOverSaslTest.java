package org.entente.exercises.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.KafkaWithSasl;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A broker that takes only SASL logins, as managed clusters do, configured once with {@code kafka.*}:
 * the outbox relay publishes through it and the live stream reads from it.
 */
@QuarkusTest
@WithTestResource(value = KafkaWithSasl.class, initArgs = @ResourceArg(name = "store", value = "mongodb"))
class KafkaOverSaslTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/exercises/events")
    URI stream;

    @Test
    void theBrokerRefusesAClientWithoutCredentials() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (var anonymous = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            assertThrows(TimeoutException.class, () -> anonymous.partitionsFor(Exercises.TOPIC, Duration.ofSeconds(3)));
        }
    }

    @Test
    void eventsAreRelayedAndStreamedThroughTheSaslListener() throws Exception {
        var created = Exercises.plan("Over SASL " + Exercises.marker());
        String id = created.path("id");
        List<DomainEvent> published = KafkaEvents.about(Exercises.TOPIC, id, events -> !events.isEmpty(), WAIT);
        assertEquals("org.entente.exercise.planned.v1", published.get(0).type());

        // an unknown Last-Event-ID replays what the stream's own consumer read: the event came through SASL too
        try (SseClient client = new SseClient(URI.create(stream + "?exercise=" + id), TestTokens.reader(),
                "00000000-0000-0000-0000-000000000000")) {
            List<SseClient.Frame> frames = client.readUntil(f -> published.get(0).id().toString().equals(f.id()), WAIT);
            assertEquals("org.entente.exercise.planned.v1", frames.get(frames.size() - 1).event());
        }
    }
}
