package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.entente.platform.testing.OpenApiParse;
import org.entente.platform.testing.OpenApiRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents the gateway serves are valid OpenAPI 3 for a client generator: swagger-parser reads
 * each with no message and every {@code $ref} in it resolves. The gateway's own keeps the rules of a document a user
 * can rely on (here {@code /openapi/all} is built from stubs; the suite's real one is held in deploy's LocalSuiteIT).
 */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class OpenApiDocumentsParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi?format=json", "/openapi/all", "/openapi/alliance-service", "/openapi/exercise-service"})
    void theDocumentParsesAsOpenApi3WithNothingUnresolved(String path) {
        String document = given().get(path).then().statusCode(200).contentType("application/json").extract().asString();
        assertEquals(List.of(), OpenApiParse.problems(document), path);
    }

    @Test
    void theGatewaysOwnDocumentKeepsTheRulesOfADocumentAUserCanRelyOn() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiRules.violations(document));
    }
}
