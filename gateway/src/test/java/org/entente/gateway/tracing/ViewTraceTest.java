package org.entente.gateway.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.entente.gateway.CannedServices;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TracingOn;
import org.junit.jupiter.api.Test;

/** A view's calls to the services are children of the view's span, in the caller's trace. */
@QuarkusTest
@TestProfile(TracingOn.class)
@WithTestResource(CannedServices.class)
class ViewTraceTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aCountryProfilesCallsToTheThreeServicesAreChildrenOfItsSpan() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().auth().oauth2(TestTokens.reader()).header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .get("/api/v1/countries/USA/profile").then().statusCode(200);

        List<SpanData> trace = Awaitility.await("the view's spans").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList(),
                        found -> found.stream().filter(s -> s.getKind() == SpanKind.CLIENT).count() >= 3
                                && found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
        SpanData view = GatewayTraceTest.only(trace, s -> s.getKind() == SpanKind.SERVER);
        assertEquals("b7ad6b7169203331", view.getParentSpanId());
        List<SpanData> calls = trace.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertTrue(calls.stream().allMatch(c -> c.getParentSpanId().equals(view.getSpanId())),
                "every call a child of the view's span: " + calls);
    }
}
