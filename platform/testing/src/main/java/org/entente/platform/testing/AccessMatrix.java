package org.entente.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.function.Executable;

/**
 * The whole authorization matrix of one request in one line:
 * {@code AccessMatrix.requires(Roles.EDITOR, request -> request.body(json).post("/api/v1/alliances"))}.
 * Asserts that no token, an expired one, one signed by an unknown key and one from another issuer
 * get a 401 problem; that every role below {@code minimumRole} gets a 403 problem; and that the
 * minimum role and every role above it get past authorization (neither 401 nor 403); and that a
 * metrics token, made to scrape the gateway, gets a 403 problem.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    public static void requires(String minimumRole, Function<RequestSpecification, Response> request) {
        int minimum = Roles.ALL.indexOf(minimumRole);
        if (minimum < 0) {
            throw new IllegalArgumentException("Unknown role " + minimumRole + "; roles are " + Roles.ALL);
        }
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> unauthenticated(request.apply(given()), "no token"));
        checks.add(() -> unauthenticated(request.apply(bearer(TestTokens.expired())), "expired token"));
        checks.add(() -> unauthenticated(request.apply(bearer(TestTokens.signedByUnknownKey())), "unknown key"));
        checks.add(() -> unauthenticated(request.apply(bearer(TestTokens.fromOtherIssuer())), "other issuer"));
        checks.add(() -> unauthenticated(request.apply(given().header("Authorization", "Bearer not-a-jwt")), "garbage token"));
        for (int i = 0; i < Roles.ALL.size(); i++) {
            String role = Roles.ALL.get(i);
            Response response = request.apply(bearer(TestTokens.withRoles(role)));
            if (i < minimum) {
                checks.add(() -> forbidden(response, role));
            } else {
                checks.add(() -> allowed(response, role));
            }
        }
        Response metrics = request.apply(bearer(TestTokens.withRoles(Roles.METRICS)));
        checks.add(() -> forbidden(metrics, Roles.METRICS + " (reads the gateway's metrics, no record)"));
        assertAll("access matrix (minimum role " + minimumRole + ")", checks);
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }

    private static void unauthenticated(Response response, String why) {
        assertProblem(response, 401, why);
        String challenge = response.header("WWW-Authenticate");
        assertTrue(challenge != null && challenge.startsWith("Bearer"), why + ": WWW-Authenticate Bearer expected, got " + challenge);
    }

    private static void forbidden(Response response, String role) {
        assertProblem(response, 403, "role " + role);
    }

    private static void allowed(Response response, String role) {
        int status = response.statusCode();
        assertTrue(status != 401 && status != 403, "role " + role + " should pass authorization, got " + status
                + ": " + response.asString());
    }

    private static void assertProblem(Response response, int status, String why) {
        assertEquals(status, response.statusCode(), why + ": " + response.asString());
        assertEquals("application/problem+json", response.contentType().split(";")[0], why + ": content type");
        assertEquals(Integer.valueOf(status), response.path("status"), why + ": problem status");
    }
}
