package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** With {@code entente.gateway.rate-limit.enabled=false} nothing is counted, and no answer speaks of a limit. */
@QuarkusTest
@TestProfile(RateLimitSwitchedOffTest.Off.class)
@WithTestResource(StubUpstreams.class)
class RateLimitSwitchedOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.gateway.rate-limit.enabled", "false");
        }
    }

    private static List<String> rateLimitHeaders(ExtractableResponse<Response> answer) {
        return answer.headers().asList().stream().map(h -> h.getName())
                .filter(name -> name.toLowerCase().startsWith("ratelimit")).toList();
    }

    @Test
    void aRouteLimitedToThreeAMinuteTakesMoreWithoutRateLimitHeaders() {
        String token = TestTokens.reader();
        for (int i = 0; i < 5; i++) {
            var answer = given().auth().oauth2(token).get("/api/v1/limited/x").then().statusCode(200).extract();
            assertEquals(List.of(), rateLimitHeaders(answer));
        }
    }

    @Test
    void refusedAndOpenAnswersHaveNoRateLimitHeadersEither() {
        assertEquals(List.of(), rateLimitHeaders(given().get("/api/v1/alliances").then().statusCode(401).extract()));
        assertEquals(List.of(), rateLimitHeaders(given().get("/openapi/alliance-service").then().extract()));
    }
}
