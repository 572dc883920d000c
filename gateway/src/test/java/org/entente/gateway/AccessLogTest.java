package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One access-log line per request, with what an operator needs and never the token. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class AccessLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger accessLog = Logger.getLogger("org.entente.gateway.access");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] parameters = record.getParameters();
            lines.add(parameters == null ? record.getMessage() : String.format(record.getMessage(), parameters));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        accessLog.addHandler(capture);
    }

    @AfterEach
    void stop() {
        accessLog.removeHandler(capture);
    }

    private List<String> linesWith(String requestId) throws InterruptedException {
        return Awaitility.await("an access-log line for " + requestId).atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> lines.stream().filter(l -> l.contains("requestId=" + requestId)).toList(), found -> !found.isEmpty());
    }

    @Test
    void aForwardedRequestIsOneLineWithRouteStatusInstanceAndLatency() throws InterruptedException {
        String token = TestTokens.reader();
        given().auth().oauth2(token).header("X-Request-Id", "log-1").get("/api/v1/exercises?limit=5")
                .then().statusCode(200);
        List<String> found = linesWith("log-1");
        assertEquals(1, found.size(), found.toString());
        String line = found.get(0);
        String upstream = ConfigProvider.getConfig().getValue("test.stub.a", String.class).substring("http://".length());
        assertTrue(line.startsWith("GET /api/v1/exercises route=exercise-service status=200 upstream=" + upstream + " latency="),
                line);
        assertTrue(line.matches(".* latency=\\d+\\.\\dms requestId=log-1"), line);
        assertFalse(line.contains(token), "never the token");
    }

    @Test
    void aRefusedRequestIsLoggedToo() throws InterruptedException {
        given().header("X-Request-Id", "log-2").get("/api/v1/alliances").then().statusCode(401);
        List<String> found = linesWith("log-2");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("GET /api/v1/alliances route=alliance-service status=401 upstream=- "), found.get(0));
    }
}
