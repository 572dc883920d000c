package org.entente.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.gateway.StubUpstreams;
import org.entente.platform.testing.Scrape;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** After known traffic through the gateway, its metrics of each service move by as much. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class GatewayMetricsTest {

    @Test
    void eachAnswerRelayedFromAServiceIsTimedUnderThatServiceAndItsStatusClass() {
        double before = Scrape.ofApp().value("entente_gateway_upstream_duration_seconds_count",
                "service", "alliance-service", "status", "2xx");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances").then().statusCode(200);
        }
        assertEquals(before + 5, Scrape.ofApp().value("entente_gateway_upstream_duration_seconds_count",
                "service", "alliance-service", "status", "2xx"));
    }

    @Test
    void aRequestRefusedByItsRateLimitIsCountedForItsRoute() {
        String token = TestTokens.forSubject("user-" + UUID.randomUUID(), "reader");
        double before = Scrape.ofApp().value("entente_gateway_rate_limited_total", "route", "limited-service");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/limited/x").then().statusCode(200);
        }
        given().auth().oauth2(token).get("/api/v1/limited/x").then().statusCode(429);
        given().auth().oauth2(token).get("/api/v1/limited/x").then().statusCode(429);
        assertEquals(before + 2, Scrape.ofApp().value("entente_gateway_rate_limited_total", "route", "limited-service"));
    }

    @Test
    void aRequestThatFirstReachedADeadInstanceIsCountedAsRetried() {
        double before = Scrape.ofApp().value("entente_gateway_retries_total", "service", "retry-service");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/retry/x").then().statusCode(200);
        }
        // the dead instance never rests (1 ms), the turn goes on per attempt: each request but perhaps the first starts there
        double retried = Scrape.ofApp().value("entente_gateway_retries_total", "service", "retry-service") - before;
        assertTrue(retried >= 3 && retried <= 4, "retried " + retried);
    }

    @Test
    void theBreakerGaugeIsOneWhileTheBreakerIsOpenAndZeroOnceItClosed() {
        String flaky = ConfigProvider.getConfig().getValue("test.stub.flaky", String.class);
        assertEquals(0, Scrape.ofApp().value("entente_gateway_breaker_open", "service", "flaky-service"));
        given().post(flaky + "/_control/fail").then().statusCode(200);
        try {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/thing").then().statusCode(500);
            }
            assertEquals(1, Scrape.ofApp().value("entente_gateway_breaker_open", "service", "flaky-service"));
        } finally {
            given().post(flaky + "/_control/recover").then().statusCode(200);
        }
        Awaitility.await("the breaker closes").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/thing").then().statusCode(200));
        assertEquals(0, Scrape.ofApp().value("entente_gateway_breaker_open", "service", "flaky-service"));
    }

    @Test
    void anInstanceWhereNothingListensIsDownAndOneThatAnswersIsUp() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/agreements").then().statusCode(502);
        assertEquals(0, Scrape.ofApp().value("entente_gateway_instance_up", "service", "agreement-service"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises").then().statusCode(200);
        // the instance is marked up as its answer ends, which may be just after the caller has it
        Awaitility.await("exercise-service up").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertEquals(1, Scrape.ofApp().value("entente_gateway_instance_up", "service", "exercise-service")));
    }
}
