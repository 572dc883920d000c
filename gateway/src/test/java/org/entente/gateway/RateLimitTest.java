package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each client has its own budget per route (3 per minute on /api/v1/limited, 5 for admins). */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class RateLimitTest {

    private static String someone(String... roles) {
        return TestTokens.forSubject("user-" + UUID.randomUUID(), roles);
    }

    @Test
    void everyAnswerSaysWhatIsLeftAndTheRequestOverTheLimitIsRefused() {
        String token = someone("reader");
        for (int left = 2; left >= 0; left--) {
            given().auth().oauth2(token).get("/api/v1/limited/x")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(left))
                    .header("RateLimit-Policy", "3;w=60");
        }
        given().auth().oauth2(token).header("X-Request-Id", "limited-1").get("/api/v1/limited/x")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "20") // one request comes back every 60 s / 3
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429))
                .body("detail", containsString("3 requests per 60 s"))
                .body("requestId", equalTo("limited-1"));
    }

    @Test
    void clientsHaveSeparateBudgets() {
        String first = someone("reader");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(first).get("/api/v1/limited/x").then().statusCode(200);
        }
        given().auth().oauth2(first).get("/api/v1/limited/x").then().statusCode(429);
        given().auth().oauth2(someone("reader")).get("/api/v1/limited/x").then().statusCode(200);
    }

    @Test
    void routesHaveSeparateBudgets() {
        String token = someone("reader");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/limited/x").then().statusCode(200);
        }
        given().auth().oauth2(token).get("/api/v1/limited/x").then().statusCode(429);
        given().auth().oauth2(token).get("/api/v1/alliances").then().statusCode(200).header("RateLimit-Limit", "1200");
    }

    @Test
    void aRoleMayHaveAHigherLimit() {
        String admin = someone("admin");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(admin).get("/api/v1/limited/x").then().statusCode(200).header("RateLimit-Limit", "5");
        }
        given().auth().oauth2(admin).get("/api/v1/limited/x").then().statusCode(429);
    }

    @Test
    void requestsWithoutAValidTokenAreCountedByAddress() {
        // the test client's address has its own budget; past it, even the 401 becomes a 429
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/limited/x").then().statusCode(401).header("RateLimit-Limit", "3");
        }
        given().get("/api/v1/limited/x").then().statusCode(429).contentType("application/problem+json");
    }
}
