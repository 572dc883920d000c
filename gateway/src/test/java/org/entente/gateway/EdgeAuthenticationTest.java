package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Requests without a valid token stop at the gateway with a 401 problem and never reach a service. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class EdgeAuthenticationTest {

    @Test
    void noTokenIsUnauthorized() {
        given().get("/api/v1/alliances")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "unknown-key", "other-issuer", "garbage"})
    void anInvalidTokenIsUnauthorized(String kind) {
        String token = switch (kind) {
            case "expired" -> TestTokens.expired();
            case "unknown-key" -> TestTokens.signedByUnknownKey();
            case "other-issuer" -> TestTokens.fromOtherIssuer();
            default -> "not-a-jwt";
        };
        given().auth().oauth2(token).get("/api/v1/exercises")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anyValidTokenPassesTheEdgeTheServicesCheckRoles() {
        given().auth().oauth2(TestTokens.withRoles("someone-else")).get("/api/v1/exercises")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/health/live", "/q/openapi", "/openapi/alliance-service", "/openapi/all",
            "/q/swagger-ui/"})
    void healthTheDocumentsAndTheSwaggerUiAreOpenToAnyone(String path) {
        given().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/alliances", "/api/v1/agreements", "/api/v1/milestones", "/api/v1/exercises",
            "/api/v1/exercises/events", "/api/v1/countries/JPN/alliances", "/api/v1/countries/JPN/agreements",
            "/api/v1/countries/JPN/profile", "/api/v1/countries/JPN/ties/USA"})
    void everyApiPathNeedsAToken(String path) {
        given().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void metricsNeedAnAdminsOrAMetricsToken() {
        given().get("/q/metrics").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).get("/q/metrics").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/q/metrics").then().statusCode(200);
        given().auth().oauth2(TestTokens.withRoles(Roles.METRICS)).get("/q/metrics").then().statusCode(200);
    }
}
