package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Services that fail, hang, close connections or run as several instances: the gateway copes, and says so. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class ResilienceTest {

    private static String stub(String name) {
        return ConfigProvider.getConfig().getValue("test.stub." + name, String.class);
    }

    private static int flakyCount() {
        return Integer.parseInt(given().get(stub("flaky") + "/_control/count").asString());
    }

    @Test
    void requestsTakeTheInstancesInTurn() {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances")
                    .then().statusCode(200).extract().path("instance"));
        }
        assertEquals(2, instances.stream().filter("a"::equals).count(), instances.toString());
        assertEquals(2, instances.stream().filter("b"::equals).count(), instances.toString());
    }

    @Test
    void aGetIsRetriedOnTheNextInstanceWhenConnectingFails() {
        // one of the two instances is down: every GET still lands, on the live one
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/retry/item")
                    .then().statusCode(200).body("instance", equalTo("a"));
        }
    }

    @Test
    void aPostIsNeverRetried() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{}")
                    .post("/api/v1/retry/items").statusCode());
        }
        // taken in turn: the POSTs that met the dead instance failed instead of going to the live one
        assertEquals(2, statuses.stream().filter(s -> s == 502).count(), statuses.toString());
        assertEquals(2, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    }

    @Test
    void anInstanceThatFailedIsSkippedWhileItRests() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(given().auth().oauth2(TestTokens.reader()).get("/api/v1/pool/x").statusCode());
        }
        // the instance that closes connections fails at most once, then rests for a minute
        assertTrue(statuses.stream().filter(s -> s == 502).count() <= 1, statuses.toString());
        assertTrue(statuses.subList(1, 10).stream().allMatch(s -> s == 200), statuses.toString());
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsABadGatewayProblem() {
        given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", "closed-1")
                .get("/api/v1/closing/items")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("closing-service"))
                .body("requestId", equalTo("closed-1"));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAnswersAtOnceAndClosesWhenTheServiceIsBack() throws InterruptedException {
        given().post(stub("flaky") + "/_control/fail").then().statusCode(200);
        try {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/thing").then().statusCode(500);
            }
            int before = flakyCount();
            long start = System.nanoTime();
            given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", "open-1").get("/api/v1/flaky/thing")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("detail", containsString("flaky-service is failing"))
                    .body("requestId", equalTo("open-1"));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "answered at once");
            assertEquals(before, flakyCount(), "the open breaker kept the request from the service");
        } finally {
            given().post(stub("flaky") + "/_control/recover").then().statusCode(200);
        }
        // once its open time (1 s) is over, a request tries the service again, and its success closes the breaker
        Awaitility.await("the breaker lets a request try again").atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(100))
                .untilAsserted(() -> given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/thing")
                        .then().statusCode(200).body("ok", equalTo(true)));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/thing").then().statusCode(200);
    }

    @Test
    void aClientErrorDoesNotCountAgainstTheService() {
        for (int i = 0; i < 8; i++) {
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/missing").then().statusCode(404);
        }
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/flaky/thing").then().statusCode(200);
    }

    @Test
    void anEventWrittenUpstreamReachesTheClientWhileTheStreamStaysOpen() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/exercises/live-stream"))
                .header("Authorization", "Bearer " + TestTokens.reader()).build();
        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        var lines = response.body().iterator();
        assertEquals(": open", lines.next());
        assertEquals("", lines.next());
        given().body("hello").post(stub("a") + "/_control/emit").then().statusCode(200).body(equalTo("1"));
        assertEquals("data: hello", lines.next(), "the event came through while the stream is open");
        given().body("again").post(stub("a") + "/_control/emit").then().statusCode(200);
        assertEquals("", lines.next());
        assertEquals("data: again", lines.next());
        response.body().close();
    }

    @Test
    void aLargeBodyForAServiceThatIsDownGetsABadGatewayProblem() {
        // agreement-service is down: the 900 kB nobody reads are drained, and the 502 is a problem
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"title\": \"" + "x".repeat(900_000) + "\"}")
                .post("/api/v1/agreements")
                .then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void aClientThatSendsItsBodyTooSlowlyGetsA408ThatDoesNotCountAgainstTheService() throws Exception {
        for (int i = 0; i < 6; i++) {
            String answer = slowUpload("/api/v1/exercises/upload", "Content-Length: 3");
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("did not arrive within 500 ms"), answer);
        }
        // six 408s, yet exercise-service's breaker (5 failures) is closed
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises").then().statusCode(200);
    }

    @Test
    void aChunkedBodyThatComesTooSlowlyIsA408AtTheEdge() throws Exception {
        String answer = slowUpload("/api/v1/alliances/upload", "Transfer-Encoding: chunked");
        assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    /** Sends a 3-byte body one byte every 400 ms; the answer as text. */
    private static String slowUpload(String path, String framing) throws Exception {
        boolean chunked = framing.contains("chunked");
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.editor()
                    + "\r\nContent-Type: text/plain\r\n" + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3 && in.available() == 0; i++) {
                Thread.sleep(400);
                out.write((chunked ? "1\r\nx\r\n" : "x").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            byte[] buffer = new byte[4096];
            int read = in.read(buffer);
            return new String(buffer, 0, Math.max(read, 0), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aLargeAnswerStreamsThroughWhole() {
        byte[] body = given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises/large")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(8 * 1024 * 1024, body.length);
    }

    @Test
    void headersForOneConnectionOnlyAreDroppedBothWays() {
        given().auth().oauth2(TestTokens.reader())
                .header("Connection", "X-Client-Hop")
                .header("X-Client-Hop", "private")
                .get("/api/v1/exercises/hop-by-hop")
                .then().statusCode(200)
                .header("X-Internal-Hop", org.hamcrest.Matchers.nullValue())
                .header("Keep-Alive", org.hamcrest.Matchers.nullValue())
                .header("Proxy-Authenticate", org.hamcrest.Matchers.nullValue())
                .body("headers.x-client-hop", org.hamcrest.Matchers.nullValue());
    }
}
