package org.entente.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.awaitility.Awaitility;

/** The service's readiness as a probe sees it: asked with a short read timeout, so a check that waits on a broker fails. */
public final class Readiness {

    /** Longer than any readiness check that answers from what it knows, far shorter than one that waits on Kafka. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private Readiness() {
    }

    /** {@code GET /q/health/ready}, failing if the answer takes longer than {@link #PROBE_TIMEOUT}. */
    public static ValidatableResponse probe() {
        int millis = (int) PROBE_TIMEOUT.toMillis();
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", millis).setParam("http.socket.timeout", millis)))
                .get("/q/health/ready").then();
    }

    /** Waits until readiness reports Kafka, as the outbox relay saw it last, in this state ({@code UP}, {@code DEGRADED}). */
    public static void awaitKafka(String state) {
        Awaitility.await("readiness reports Kafka " + state).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> probe().statusCode(200)
                        .body("status", equalTo("UP"))
                        .body("checks.find { it.name == 'Kafka (outbox relay)' }.data.kafka", equalTo(state)));
    }
}
