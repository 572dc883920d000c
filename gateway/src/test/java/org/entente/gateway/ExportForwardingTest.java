package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A list export passes through the gateway as the service sends it: streamed (the rows arrive while the
 * service is still writing), chunked without a length, complete, its type and file name unchanged.
 */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class ExportForwardingTest {

    @Test
    void anExportIsStreamedThroughTheGatewayChunkedAndCompleteWithItsTypeAndFileName() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/exercises/export"))
                .header("Authorization", "Bearer " + TestTokens.reader())
                .header("Accept", "text/csv")
                .GET().build();
        HttpResponse<InputStream> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, answer.statusCode());
        assertEquals("text/csv; charset=UTF-8; header=present", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"exercises-2030-01-01.csv\"",
                answer.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("chunked", answer.headers().firstValue("Transfer-Encoding").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Length").isEmpty(), "no length: not buffered to count it");

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (BufferedReader csv = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                assertEquals("id,name", csv.readLine());
                for (int i = 1; i <= StubUpstreams.EXPORT_ROWS; i++) {
                    assertEquals(i + ",\"Exercise, number " + i + "\"", csv.readLine());
                }
                // every row so far came through while the service had not finished its answer
                String a = ConfigProvider.getConfig().getValue("test.stub.a", String.class);
                assertEquals("1", given().post(a + "/_control/finish-exports").asString());
                assertEquals("last,\"The end\"", csv.readLine());
                assertEquals(null, csv.readLine());
            }
        });
    }
}
