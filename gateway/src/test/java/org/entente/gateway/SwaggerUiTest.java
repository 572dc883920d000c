package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Set;
import org.entente.platform.testing.RawHttp;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** One Swagger UI lists every service's OpenAPI document, each fetched through the gateway. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class SwaggerUiTest {

    @Test
    void theSwaggerUiListsEachServiceDocumentOnTheGatewaysOrigin() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi/alliance-service"))
                .body(containsString("/openapi/agreement-service"))
                .body(containsString("/openapi/exercise-service"))
                .body(containsString("/openapi/all"))
                .body(containsString("/q/openapi"));
    }

    @Test
    void theSwaggerUiAndTheDocumentsAreGzippedWhenTheClientAcceptsIt() {
        for (String path : List.of("/q/swagger-ui/", "/q/openapi", "/q/openapi?format=json", "/openapi/all",
                "/openapi/alliance-service")) {
            RawHttp.Answer gzipped = RawHttp.get(path, TestTokens.reader(), "gzip");
            assertEquals(200, gzipped.status(), path);
            assertEquals("gzip", gzipped.header("Content-Encoding"), path);
            assertTrue(gzipped.gunzipped().length() > 2 * gzipped.body().length, path);
        }
        assertEquals(RawHttp.get("/q/swagger-ui/", TestTokens.reader(), null).text(),
                RawHttp.get("/q/swagger-ui/", TestTokens.reader(), "gzip").gunzipped());
    }

    @Test
    void aServiceDocumentNamesTheGatewayAsItsServerSoTryItOutGoesThroughIt() {
        given().get("/openapi/alliance-service")
                .then().statusCode(200)
                .body("servers[0].url", equalTo("http://localhost:" + RestAssured.port));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "entente.example")
                .get("/openapi/alliance-service")
                .then().statusCode(200)
                .body("servers[0].url", equalTo("https://entente.example"));
    }

    @Test
    void aServiceDocumentAlsoListsTheAnswersOnlyTheGatewayGives() {
        given().get("/openapi/exercise-service")
                .then().statusCode(200)
                .body("paths.'/api/v1/echo'.get.responses.'400'", notNullValue()) // the service's own
                .body("paths.'/api/v1/echo'.get.responses.'429'.description", containsString("rate limit"))
                .body("paths.'/api/v1/echo'.get.responses.'503'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/echo'.get.responses.'502'", notNullValue())
                .body("paths.'/api/v1/echo'.get.responses.'504'", notNullValue());
    }

    @Test
    void theGatewaysOwnDocumentHasTheCrossServiceViews() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/countries/{code}/profile'.get.operationId", equalTo("getCountryProfile"))
                .body("paths.'/api/v1/countries/{code}/ties/{other}'.get.operationId", equalTo("getCountryTies"))
                .body("paths.'/api/v1/countries/{code}/ties/{other}'.get.description", containsString("25 per alliance"))
                .body("paths.'/api/v1/countries/{code}/profile'.get.responses.'429'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/countries/{code}/profile'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/CountryProfile"))
                .body("paths.'/api/v1/countries/{code}/profile'.get.responses.'304'.headers.ETag", notNullValue())
                .body("paths.'/api/v1/countries/{code}/ties/{other}'.get.responses.'304'.headers.'Cache-Control'", notNullValue());
    }

    @Test
    void theWholeSuiteIsOneDocumentWithUniqueOperationIds() {
        var document = given().get("/openapi/all")
                .then().statusCode(200)
                .header("RateLimit-Limit", "1200") // open to anyone, so limited per address
                .contentType("application/json")
                .body("servers[0].url", equalTo("http://localhost:" + RestAssured.port))
                .body("paths.'/api/v1/countries/{code}/profile'.get.operationId", equalTo("getCountryProfile"))
                .body("paths.'/api/v1/echo'.get.operationId", equalTo("listEchoes"))
                .body("components.schemas.Problem", notNullValue())
                .body("x-missing-documents", hasItem("agreement-service"))
                .extract().jsonPath();
        List<String> ids = document.getList("paths.collect { p -> p.value.collect { m -> m.value.operationId } }.flatten()");
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operation ids are unique: " + ids);
    }

    @Test
    void aServiceDocumentIsFetchedFromTheServiceWithoutAToken() {
        given().get("/openapi/alliance-service")
                .then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
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
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString("agreement-service"));
    }
}
