package org.entente.exercises.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.entente.exercises.alliance.AllianceEvents;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TracingOn;
import org.junit.jupiter.api.Test;

/**
 * A change's trace goes on across the in-document outbox and Kafka: the request (called as the gateway
 * calls it, with a {@code traceparent}), its MongoDB write, the relay's publish, later and on the relay's
 * thread, and the live stream's processing of the record are one trace, each a child of the one before.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
@WithTestResource(MongoAndKafka.class)
class EventTraceTest {

    private static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anExercisePlannedThroughTheGatewayIsOneTraceFromTheRequestToTheLiveStream() {
        String traceId = hex(16);
        String gatewaySpan = hex(8);
        String requestId = "trace-test-" + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.editor())
                .header("traceparent", "00-" + traceId + "-" + gatewaySpan + "-01")
                .header("X-Request-Id", requestId)
                .contentType("application/json").body(Exercises.body("Traced " + Exercises.marker(), "2030-06-27", "2030-08-01"))
                .post("/api/v1/exercises").then().statusCode(201).extract().path("id");

        List<SpanData> trace = await(traceId, found -> found.stream().anyMatch(s -> "exercise-stream".equals(s.getAttributes().get(GROUP))));
        Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));

        SpanData server = only(trace, s -> s.getKind() == SpanKind.SERVER);
        assertEquals(gatewaySpan, server.getParentSpanId(), "the service's span is a child of the gateway's");
        assertEquals(requestId, server.getAttributes().get(AttributeKey.stringKey("entente.request_id")), "and names the request id");
        SpanData mongo = only(trace, s -> s.getKind() == SpanKind.CLIENT && s.getName().contains("insert"));
        assertTrue(descends(mongo, server, byId), "the MongoDB insert is within the request: " + mongo);
        SpanData publish = only(trace, s -> s.getKind() == SpanKind.PRODUCER);
        assertEquals("publish exercises.events", publish.getName());
        assertTrue(descends(publish, server, byId), "the relay's publish is a child of the request that wrote the event");
        assertTrue(!publish.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key")).isEmpty()
                && id.equals(publish.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key"))), "of this exercise");
        SpanData stream = only(trace, s -> "exercise-stream".equals(s.getAttributes().get(GROUP)));
        assertEquals(SpanKind.CONSUMER, stream.getKind());
        assertEquals(publish.getSpanId(), stream.getParentSpanId(), "the live stream's span is a child of the publish");
    }

    @Test
    void theAllianceReadModelProcessesAnEventInTheTraceThatPublishedIt() {
        String traceId = hex(16);
        String publishSpan = hex(8);
        String nato = "{\"id\": \"" + AllianceEvents.NATO_ID + "\", \"code\": \"NATO\", \"name\": \"North Atlantic Treaty Organization\", \"status\": \"ACTIVE\"}";
        AllianceEvents.publish(UUID.randomUUID(), "alliance.updated.v1", AllianceEvents.NATO_ID,
                "{\"alliance\": " + nato + ", \"changed\": [\"name\"]}", "00-" + traceId + "-" + publishSpan + "-01");

        SpanData consumer = only(await(traceId, found -> !found.isEmpty()), s -> true);
        assertEquals(SpanKind.CONSUMER, consumer.getKind());
        assertEquals("alliance-read-model", consumer.getAttributes().get(GROUP));
        assertEquals(publishSpan, consumer.getParentSpanId(), "a child of alliance-service's publish span");
    }

    private List<SpanData> await(String traceId, java.util.function.Predicate<List<SpanData>> complete) {
        return Awaitility.await("the spans of trace " + traceId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList(), complete);
    }

    private static SpanData only(List<SpanData> trace, java.util.function.Predicate<SpanData> which) {
        List<SpanData> found = trace.stream().filter(which).toList();
        assertEquals(1, found.size(), "one such span in " + trace);
        return found.get(0);
    }

    private static boolean descends(SpanData span, SpanData ancestor, Map<String, SpanData> byId) {
        for (SpanData s = span; s != null; s = byId.get(s.getParentSpanId())) {
            if (s.getParentSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
        }
        return false;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
