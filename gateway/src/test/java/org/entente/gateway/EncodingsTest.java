package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.testing.RawHttp;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A service's compressed answer passes through the gateway as it is: one gzip layer, never a second; what a
 * service sends uncompressed stays so, the live stream above all, whose events reach the client at once.
 */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class EncodingsTest {

    @Test
    void aGzippedAnswerOfAServiceReachesTheClientWithExactlyOneGzipLayer() {
        RawHttp.Answer gzipped = RawHttp.get("/api/v1/zipped/exercises", TestTokens.reader(), "gzip");
        assertEquals(200, gzipped.status());
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertEquals("gzip", gzipped.header("X-Asked-Encoding"), "the client's Accept-Encoding reached the service");
        JsonObject page = new JsonObject(gzipped.gunzipped()); // once undone, it is JSON
        assertEquals(100, page.getJsonArray("items").size());
        RawHttp.Answer plain = RawHttp.get("/api/v1/zipped/exercises", TestTokens.reader(), null);
        assertEquals(new JsonObject(plain.text()), page);
    }

    @Test
    void theServicesETagCacheControlAndVaryPassUnchanged() {
        RawHttp.Answer gzipped = RawHttp.get("/api/v1/zipped/exercises", TestTokens.reader(), "gzip");
        assertEquals("W/\"page-1\"", gzipped.header("ETag"));
        assertEquals("private, no-cache", gzipped.header("Cache-Control"));
        assertEquals(List.of("Accept-Encoding"), gzipped.headers().allValues("Vary"));
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "W/\"page-1\"").get("/api/v1/zipped/exercises")
                .then().statusCode(304).header("ETag", "W/\"page-1\"").header("Cache-Control", "private, no-cache")
                .body(emptyString());
    }

    @Test
    void withoutAcceptEncodingTheAnswerIsSentAsItIs() {
        RawHttp.Answer plain = RawHttp.get("/api/v1/zipped/exercises", TestTokens.reader(), null);
        assertNull(plain.header("Content-Encoding"));
        assertEquals("null", plain.header("X-Asked-Encoding"));
        assertEquals(100, new JsonObject(plain.text()).getJsonArray("items").size());
    }

    @Test
    void whatAServiceSendsUncompressedTheGatewayDoesNotCompress() {
        // the echo service compresses nothing: the gateway passes its answer on as it came
        RawHttp.Answer echoed = RawHttp.get("/api/v1/alliances/echo", TestTokens.reader(), "gzip");
        assertNull(echoed.header("Content-Encoding"));
        assertEquals("gzip", new JsonObject(echoed.text()).getJsonObject("headers").getString("accept-encoding"));
    }

    @Test
    void theLiveStreamIsNeitherCompressedNorHeldBackWhenTheClientAcceptsGzip() {
        try (RawHttp.Lines stream = RawHttp.lines("/api/v1/exercises/live-stream", TestTokens.reader(), "gzip")) {
            assertEquals(200, stream.status());
            assertNull(stream.header("Content-Encoding"));
            Awaitility.await("the stream opened").atMost(Duration.ofSeconds(5)).until(() -> stream.received().contains(": open"));
            given().body("compressed?").post(stub("a") + "/_control/emit").then().statusCode(200);
            Awaitility.await("the event came through while the stream is open").atMost(Duration.ofSeconds(2))
                    .until(() -> stream.received().contains("data: compressed?"));
        }
    }

    private static String stub(String name) {
        return ConfigProvider.getConfig().getValue("test.stub." + name, String.class);
    }
}
