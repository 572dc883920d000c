package org.entente.gateway.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.entente.gateway.StubUpstreams;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TracingOn;
import org.junit.jupiter.api.Test;

/**
 * A request through the gateway is one trace: the gateway's server span, its call to the service as a
 * child, and the service asked with a {@code traceparent} naming that call.
 */
@QuarkusTest
@TestProfile(TracingOn.class)
@WithTestResource(StubUpstreams.class)
class GatewayTraceTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theServiceIsAskedWithATraceparentNamingTheGatewaysCallInTheGatewaysTrace() {
        String requestId = "gw-trace-" + UUID.randomUUID();
        var answer = given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", requestId)
                .get("/api/v1/alliances").then().statusCode(200).extract();
        String[] traceparent = answer.<String>path("headers.traceparent").split("-");

        List<SpanData> trace = await(traceparent[1], found -> found.size() >= 2);
        SpanData server = only(trace, s -> s.getKind() == SpanKind.SERVER);
        SpanData call = only(trace, s -> s.getKind() == SpanKind.CLIENT);
        assertEquals(server.getSpanId(), call.getParentSpanId(), "the call to the service is a child of the gateway's span");
        assertEquals(call.getSpanId(), traceparent[2], "the service is told the call is its parent");
        assertEquals(requestId, server.getAttributes().get(AttributeKey.stringKey("entente.request_id")));
        assertTrue(server.getName().startsWith("GET /api/v1/alliances") && !server.getName().contains("\\Q"),
                "named by the route's prefixes, not by its regular expression: " + server.getName());
    }

    @Test
    void aCallerWithATraceparentHasTheGatewayJoinItsTrace() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        var answer = given().auth().oauth2(TestTokens.reader())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/v1/alliances").then().statusCode(200).extract();
        assertEquals(traceId, answer.<String>path("headers.traceparent").split("-")[1]);

        SpanData server = only(await(traceId, found -> found.size() >= 2), s -> s.getKind() == SpanKind.SERVER);
        assertEquals("00f067aa0ba902b7", server.getParentSpanId());
    }

    private List<SpanData> await(String traceId, Predicate<List<SpanData>> complete) {
        return Awaitility.await("the spans of trace " + traceId).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList(), complete);
    }

    static SpanData only(List<SpanData> trace, Predicate<SpanData> which) {
        List<SpanData> found = trace.stream().filter(which).toList();
        assertEquals(1, found.size(), "one such span in " + trace);
        return found.get(0);
    }
}
