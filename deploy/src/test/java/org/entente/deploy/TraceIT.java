package org.entente.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.entente.deploy.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The local suite with tracing exported to a collector (here a loopback OTLP receiver): one write
 * through the gateway is one trace across the processes, from the gateway's span through the
 * service's, the relay's publish of its outbox event (later, on another thread) to the consumers
 * in another service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private OtlpReceiver collector;
    private Path dataDir;
    private LauncherProcess suite;

    @BeforeAll
    void startTheSuiteExportingTraces() throws Exception {
        collector = new OtlpReceiver();
        dataDir = Files.createTempDirectory("entente-traces-");
        suite = LauncherProcess.start(LauncherProcess.freePorts(), dataDir, Map.of(
                "ENTENTE_TRACING_EXPORT", "true",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
        suite.awaitUp(STARTUP);
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (suite != null) {
            suite.terminate();
        }
        if (collector != null) {
            collector.close();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void anAllianceMadeThroughTheGatewayIsOneTraceFromTheGatewayThroughItsDatabaseCallsAndTheOutboxToTheExerciseServicesReadModel() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String code = "TRACE_" + requestId.substring(0, 8).toUpperCase();
        given().baseUri(suite.gateway()).auth().oauth2(suite.token("admin")).contentType("application/json")
                .header("X-Request-Id", requestId)
                .body("""
                        {"code": "%s", "name": "Trace pact %s", "kind": "COALITION", "region": "GLOBAL", "founded": "2020-01-01"}"""
                        .formatted(code, code))
                .post("/api/v1/alliances").then().statusCode(201);

        ReceivedSpan server = await("the service's span of the request, with its request id", span -> span.service().equals("alliance-service")
                && span.kind().equals("SPAN_KIND_SERVER") && requestId.equals(span.attributes().get("entente.request_id")));
        List<ReceivedSpan> trace = awaitTrace(server.traceId(), spans -> spans.stream().anyMatch(span -> span.service().equals("exercise-service")
                && span.name().equals("process alliances.events")));
        print(trace);

        ReceivedSpan edge = one(trace, span -> span.service().equals("gateway") && span.kind().equals("SPAN_KIND_SERVER"));
        assertTrue(edge.parentSpanId().isEmpty(), "the gateway starts the trace");
        assertTrue(descendsFrom(server, edge, trace), "the service's span is within the gateway's: " + server);
        assertFalse(trace.stream().filter(span -> span.service().equals("alliance-service") && span.kind().equals("SPAN_KIND_CLIENT")
                && descendsFrom(span, server, trace)).toList().isEmpty(), "the PostgreSQL calls of the request are its children");
        ReceivedSpan publish = one(trace, span -> span.service().equals("alliance-service") && span.name().equals("publish alliances.events"));
        assertEquals("SPAN_KIND_PRODUCER", publish.kind());
        assertTrue(descendsFrom(publish, server, trace), "the relay's publish, later and on its own thread, is a child of the request: "
                + publish);
        ReceivedSpan consumer = one(trace, span -> span.service().equals("exercise-service") && span.name().equals("process alliances.events"));
        assertEquals("SPAN_KIND_CONSUMER", consumer.kind());
        assertEquals(publish.spanId(), consumer.parentSpanId(), "the read model's span is a child of the publish");
        assertEquals("alliance-read-model", consumer.attributes().get("messaging.consumer.group.name"));
        assertEquals(List.of(), collector.spans().stream().filter(span -> span.parentSpanId().isEmpty()
                && List.of("SPAN_KIND_CLIENT", "SPAN_KIND_INTERNAL").contains(span.kind())).toList(),
                "no trace starts at a database call outside of a request or a message (the relays' polls)");
    }

    @Test
    void anExercisePlannedThroughTheGatewayTracesItsMongoDbWriteItsPublishAndTheLiveStreamsConsumer() throws Exception {
        String requestId = UUID.randomUUID().toString();
        given().baseUri(suite.gateway()).auth().oauth2(suite.token("editor")).contentType("application/json")
                .header("X-Request-Id", requestId)
                .body("""
                        {"name": "Trace %s", "hosts": ["NOR"], "region": "EURO_ATLANTIC", "start": "2031-03", "end": "2031-03",
                         "types": ["LAND"], "participants": [{"country": "NOR", "role": "HOST"}, {"country": "SWE", "role": "PARTICIPANT"}]}"""
                        .formatted(requestId))
                .post("/api/v1/exercises").then().statusCode(201);

        ReceivedSpan server = await("the service's span of the request, with its request id", span -> span.service().equals("exercise-service")
                && span.kind().equals("SPAN_KIND_SERVER") && requestId.equals(span.attributes().get("entente.request_id")));
        List<ReceivedSpan> trace = awaitTrace(server.traceId(), spans -> spans.stream().anyMatch(span -> span.name().equals("process exercises.events")));
        print(trace);

        ReceivedSpan edge = one(trace, span -> span.service().equals("gateway") && span.kind().equals("SPAN_KIND_SERVER"));
        assertTrue(descendsFrom(server, edge, trace), "the service's span is within the gateway's");
        assertFalse(trace.stream().filter(span -> span.service().equals("exercise-service") && span.kind().equals("SPAN_KIND_CLIENT")
                && descendsFrom(span, server, trace)).toList().isEmpty(), "the MongoDB calls of the request are its children");
        ReceivedSpan publish = one(trace, span -> span.name().equals("publish exercises.events"));
        assertTrue(descendsFrom(publish, server, trace), "the in-document outbox keeps the trace too");
        ReceivedSpan consumer = one(trace, span -> span.name().equals("process exercises.events"));
        assertEquals(publish.spanId(), consumer.parentSpanId());
        assertEquals("exercise-stream", consumer.attributes().get("messaging.consumer.group.name"));
    }

    private ReceivedSpan await(String what, Predicate<ReceivedSpan> wanted) {
        return Awaitility.await(what + " (among " + collector.spans().size() + " spans received by then)").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> collector.spans().stream().filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
    }

    private List<ReceivedSpan> awaitTrace(String traceId, Predicate<List<ReceivedSpan>> complete) {
        return Awaitility.await("the spans of trace " + traceId).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> collector.spans().stream().filter(span -> span.traceId().equals(traceId)).toList(), complete::test);
    }

    private static ReceivedSpan one(List<ReceivedSpan> trace, Predicate<ReceivedSpan> wanted) {
        List<ReceivedSpan> found = trace.stream().filter(wanted).toList();
        assertEquals(1, found.size(), "one such span in the trace: " + trace);
        return found.get(0);
    }

    /** Whether {@code span} is {@code ancestor} or below it, following parents within the trace. */
    private static boolean descendsFrom(ReceivedSpan span, ReceivedSpan ancestor, List<ReceivedSpan> trace) {
        for (ReceivedSpan at = span; at != null; ) {
            if (at.spanId().equals(ancestor.spanId())) {
                return true;
            }
            String parent = at.parentSpanId();
            at = trace.stream().filter(candidate -> candidate.spanId().equals(parent)).findFirst().orElse(null);
        }
        return false;
    }

    private static void print(List<ReceivedSpan> trace) {
        System.out.println("Trace " + trace.get(0).traceId() + ", " + trace.size() + " spans:");
        trace.forEach(span -> System.out.println("  " + span));
    }
}
