package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The gateway forwards each service's paths unchanged, with the caller's token and a request id. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class ForwardingTest {

    @Test
    void aServicePathIsForwardedUnchangedWithItsQuery() {
        given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances/NATO/members?asOf=2024-01-01&limit=5")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/alliances/NATO/members?asOf=2024-01-01&limit=5"));
    }

    @Test
    void aCountrysAlliancesGoToTheAllianceService() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/FIN/alliances?asOf=2024-01-01")
                .then().statusCode(200).body("uri", equalTo("/api/v1/countries/FIN/alliances?asOf=2024-01-01"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/FIN/somethingelse")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCollectionPathItselfIsForwarded() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises")
                .then().statusCode(200).body("uri", equalTo("/api/v1/exercises"));
    }

    @Test
    void theTokenAndTheRequestIdReachTheService() {
        String token = TestTokens.editor();
        given().auth().oauth2(token).header("X-Request-Id", "gw-test-1")
                .get("/api/v1/alliances")
                .then().statusCode(200)
                .header("X-Request-Id", "gw-test-1")
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-request-id", equalTo("gw-test-1"));
    }

    @Test
    void aRequestWithoutAnIdGetsOneThatTheServiceSeesToo() {
        var response = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances")
                .then().statusCode(200).header("X-Request-Id", notNullValue()).extract();
        org.junit.jupiter.api.Assertions.assertEquals(response.header("X-Request-Id"),
                response.path("headers.x-request-id"));
    }

    @Test
    void aProxiedAnswerCarriesEachOfItsHeadersOnce() {
        var answer = given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", "once-1")
                .get("/api/v1/alliances")
                .then().statusCode(200).extract();
        assertEquals(List.of("once-1"), answer.headers().getValues("X-Request-Id"));
        Map<String, Long> counts = answer.headers().asList().stream()
                .collect(Collectors.groupingBy(h -> h.getName().toLowerCase(), Collectors.counting()));
        assertTrue(counts.values().stream().allMatch(n -> n == 1), counts.toString());
    }

    @Test
    void aLocationOrLinkNamingTheServicesOwnAddressNamesTheGatewayInstead() {
        String gateway = RestAssured.baseURI + ":" + RestAssured.port;
        for (int i = 0; i < 2; i++) { // both instances
            var created = given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{}")
                    .post("/api/v1/alliances/created")
                    .then().statusCode(201).extract();
            assertEquals(gateway + "/api/v1/alliances/42", created.header("Location"));
            assertEquals("<" + gateway + "/api/v1/alliances?after=abc>; rel=\"next\", "
                    + "<https://www.rfc-editor.org/rfc/rfc9457>; rel=\"help\"", created.header("Link"));
        }
    }

    @Test
    void anAnswerRecordedByAnotherInstanceOfTheServiceNamesTheGatewayToo() {
        String gateway = RestAssured.baseURI + ":" + RestAssured.port;
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{}")
                    .post("/api/v1/alliances/replayed")
                    .then().statusCode(201).header("Location", gateway + "/api/v1/alliances/7");
        }
    }

    @Test
    void anErrorAnswerWithoutABodyFromAServiceReachesTheClientAsAProblem() {
        given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", "empty-1")
                .get("/api/v1/alliances/uri-too-long")
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .body("title", equalTo("Request-URI Too Long"))
                .body("detail", containsString("alliance-service"))
                .body("requestId", equalTo("empty-1"));
    }

    @Test
    void aRequestBodyIsForwarded() {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"code\": \"AUKUS\"}")
                .post("/api/v1/alliances")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"code\": \"AUKUS\"}"));
    }

    @Test
    void aPathNotInCanonicalFormIsRefusedRatherThanReadTwoWays() throws Exception {
        // sent as written (java.net.http does not tidy paths up), without a token: never forwarded
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : new String[] {"/api//v1/alliances", "/api/v1/./alliances", "/api/v1/x/../alliances",
                "/api/v1/%61lliances"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create(RestAssured.baseURI + ":" + RestAssured.port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), path + ": " + answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertTrue(answer.body().contains("try /api/v1/alliances"), answer.body());
        }
    }

    @Test
    void aPathThatOnlyStartsLikeAPrefixIsNotForwarded() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliancesXYZ")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnreachableServiceIsABadGatewayProblem() {
        given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", "down-1")
                .get("/api/v1/agreements")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("status", equalTo(502))
                .body("detail", containsString("agreement-service"))
                .body("requestId", equalTo("down-1"));
    }

    @Test
    void milestonesAcrossAgreementsBelongToTheAgreementService() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/milestones?overdue=true")
                .then().statusCode(502)
                .body("detail", containsString("agreement-service"));
    }

    @Test
    void aServiceThatDoesNotStartItsAnswerInTimeIsAGatewayTimeoutProblem() {
        given().auth().oauth2(TestTokens.reader()).header("X-Request-Id", "slow-1")
                .get("/api/v1/exercises/hang")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("exercise-service did not answer within 500 ms"))
                .body("requestId", equalTo("slow-1"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises").then().statusCode(200);
    }

    @Test
    void theRequestToAServiceThatMissedItsDeadlineIsAbandonedNotLeftHolding() throws InterruptedException {
        String a = ConfigProvider.getConfig().getValue("test.stub.a", String.class);
        int before = Integer.parseInt(given().get(a + "/_control/hangs-abandoned").asString());
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises/hang").then().statusCode(504);
        Awaitility.await("the gateway closes its connection to the service with the 504")
                .atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> Integer.parseInt(given().get(a + "/_control/hangs-abandoned").asString()), after -> after == before + 1);
    }

    @Test
    void aResponseThatHasStartedMayStreamPastTheDeadline() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/exercises/slow-stream")
                .then().statusCode(200)
                .body(equalTo("data: first\n\ndata: second\n\n"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedAtTheEdge() {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/alliances")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aDataSetUploadMayBeLargerThanOtherBodiesAndStreamsOnToTheService() {
        String file = "atopid,member\n" + "3180,2\n".repeat(250_000); // 1.75 MB, over the 1 MiB of other routes
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(file)
                .post("/api/v1/alliances/imports/atop-5.1")
                .then().statusCode(200)
                .body("uri", equalTo("/api/v1/alliances/imports/atop-5.1"))
                .body("body.length()", equalTo(file.length()));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedBeforeItReachesTheService() throws Exception {
        String flaky = ConfigProvider.getConfig().getValue("test.stub.flaky", String.class);
        int before = Integer.parseInt(given().get(flaky + "/_control/count").asString());
        HttpResponse<String> refused = sendChunked("/api/v1/flaky/upload", 1_100_000);
        assertEquals(413, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals(before, Integer.parseInt(given().get(flaky + "/_control/count").asString()), "the service saw nothing");

        HttpResponse<String> forwarded = sendChunked("/api/v1/alliances", 200_000);
        assertEquals(200, forwarded.statusCode());
        assertEquals(200_000, io.restassured.path.json.JsonPath.from(forwarded.body()).getString("body").length());
    }

    /** A body of {@code size} bytes sent without a length, as a stream of chunks. */
    private static HttpResponse<String> sendChunked(String path, int size) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + TestTokens.editor())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("x".repeat(size).getBytes())))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceLearnsWhoAskedAndEveryAnswerCarriesTheSecurityHeaders() {
        given().auth().oauth2(TestTokens.reader()).header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/exercises")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body("headers.x-forwarded-for", equalTo("203.0.113.7, 127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", org.hamcrest.Matchers.startsWith("localhost:"));
        given().get("/api/v1/nothing-here").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void onlyTheConfiguredOriginsMayCallFromABrowser() {
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/exercises")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example");
        given().auth().oauth2(TestTokens.reader()).header("Origin", "https://dashboard.example").get("/api/v1/exercises")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://dashboard.example");
        given().auth().oauth2(TestTokens.reader()).header("Origin", "https://elsewhere.example").get("/api/v1/exercises")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("https://elsewhere.example"))
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/exercises")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .get("/api/v1/exercises")
                .then().statusCode(200);
    }

    @Test
    void readinessNamesEachServiceAndStaysUpWhenOneIsDownOrDegraded() {
        // answered within the probe's read timeout although one service's readiness never answers
        org.entente.platform.testing.Readiness.probe()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.'alliance-service'", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.'exercise-service'", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.'agreement-service'", equalTo("DOWN"))
                // one of its two instances is down
                .body("checks.find { it.name == 'Upstream services' }.data.'retry-service'", equalTo("DEGRADED"))
                .body("checks.find { it.name == 'Upstream services' }.data.'stuck-service'", equalTo("DOWN"));
    }

    @Test
    void aUriOrHeadersOverTheLimitAreProblemsAnsweredByTheGatewayItself() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?pad=" + "x".repeat(9000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .body("requestId", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestTokens.reader()).header("X-Padding", "x".repeat(20_000)).get("/api/v1/alliances")
                .then().statusCode(431)
                .contentType("application/problem+json");
    }

    @Test
    void anHttp2ClientIsForwardedRequestAfterRequest() throws Exception {
        // Java's client upgrades to HTTP/2 (h2c) on the first request; the later ones are HTTP/2 streams
        java.net.http.HttpClient http2 = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpRequest get = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/alliances/x"))
                .header("Authorization", "Bearer " + TestTokens.reader()).GET().build();
        for (int i = 0; i < 5; i++) {
            java.net.http.HttpResponse<String> answer = http2.send(get, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), "request " + i + " over " + answer.version() + ": " + answer.body());
        }
        java.net.http.HttpResponse<String> post = http2.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/alliances"))
                .header("Authorization", "Bearer " + TestTokens.editor()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"h2\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode(), post.body());
        assertTrue(post.body().contains("h2"), "the body reached the service: " + post.body());
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        given().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
