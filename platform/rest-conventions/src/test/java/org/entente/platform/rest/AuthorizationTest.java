package org.entente.platform.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

/** Roles reader < editor < admin, each higher role with the rights of the lower ones. */
@QuarkusTest
@WithTestResource(TokenKeys.class)
class AuthorizationTest {

    @Test
    void readingNeedsTheReaderRole() {
        AccessMatrix.requires(Roles.READER, request -> request.get("/samples/x"));
    }

    @Test
    void writingNeedsTheEditorRole() {
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json")
                .body("{\"name\": \"NATO\"}").post("/samples"));
    }

    @Test
    void deletingNeedsTheAdminRole() {
        AccessMatrix.requires(Roles.ADMIN, request -> request.delete("/samples/x"));
    }

    @Test
    void anEndpointWithoutARoleIsClosedToEveryone() {
        given().auth().oauth2(TestTokens.admin()).get("/samples/unannotated").then().statusCode(403);
        given().get("/samples/unannotated").then().statusCode(401);
    }

    @Test
    void healthAndOpenApiStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().header("Authorization", "Bearer garbage").get("/q/health/live").then().statusCode(200);
    }
}
