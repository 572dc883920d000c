package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** One Swagger UI lists every service's OpenAPI document, each fetched through the gateway. */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class SwaggerUiTest {

    @Test
    void theSwaggerUiListsEachServiceDocumentOnTheGatewaysOrigin() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi/alliance-service"))
                .body(containsString("/openapi/agreement-service"))
                .body(containsString("/openapi/exercise-service"));
    }

    @Test
    void aServiceDocumentIsFetchedFromTheServiceWithoutAToken() {
        given().get("/openapi/alliance-service")
                .then().statusCode(200)
                .body("openapi", equalTo("3.0.3"))
                .body("x-query", equalTo("format=json"));
    }

    @Test
    void aCallersTokenIsNotPassedToTheDocumentEndpoint() {
        given().auth().oauth2(TestTokens.admin()).get("/openapi/exercise-service")
                .then().statusCode(200)
                .body("x-authorization", nullValue());
    }

    @Test
    void theDocumentOfAnUnreachableServiceIsABadGatewayProblem() {
        given().get("/openapi/agreement-service")
                .then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void theRootLeadsToTheSwaggerUi() {
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .get("/")
                .then().statusCode(302)
                .header("Location", containsString("/q/swagger-ui"));
    }
}
