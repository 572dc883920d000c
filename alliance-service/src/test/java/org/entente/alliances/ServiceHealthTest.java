package org.entente.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.entente.platform.testing.OpenApiRefs;
import org.entente.platform.testing.OpenApiRules;
import org.entente.platform.testing.PostgresAndKafka;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ServiceHealthTest {

    @Test
    void readinessReportsTheDatabaseAndKafkaAsTheRelaySawItWithoutAToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka (outbox relay)"))
                .body("checks.find { it.name == 'Kafka (outbox relay)' }.data.kafka", org.hamcrest.Matchers.oneOf("STARTING", "UP"));
    }

    @Test
    void theOpenApiDocumentIsOpenAndDeclaresBearerTokens() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/alliances'.get.operationId", equalTo("listAlliances"));
    }

    @Test
    void theOpenApiDocumentKeepsTheRulesOfADocumentAUserCanRelyOn() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiRules.violations(document));
    }

    @Test
    void theLifecycleOperationsReferenceTheSharedAnswersAndEveryReferenceResolves() {
        ValidatableResponse document = given().when().get("/q/openapi?format=json").then().statusCode(200);
        for (String operation : List.of("suspend", "reactivate", "dissolve")) {
            String responses = "paths.'/api/v1/alliances/{idOrCode}/" + operation + "'.post.responses.";
            document.body(responses + "'200'", equalTo(Map.of("$ref", "#/components/responses/AllianceInNewStatus")))
                    .body(responses + "'409'", equalTo(Map.of("$ref", "#/components/responses/NotAllowedInStatus")));
        }
        document.body("components.responses.AllianceInNewStatus.description",
                        equalTo("The alliance in its new status, with its new ETag"))
                .body("components.responses.AllianceInNewStatus.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/AllianceView"))
                .body("components.responses.NotAllowedInStatus.description", containsString("the allowed operations"))
                .body("components.responses.NotAllowedInStatus.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
        assertEquals(List.of(), OpenApiRefs.dangling(document.extract().jsonPath().getMap("$")));
    }

    @Test
    void theEventCatalogueIsServedOpenlyAsAnAsyncApiDocument() {
        given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("alliances.events:"))
                .body(org.hamcrest.Matchers.containsString("org.entente.alliance.member-admitted.v1"));
    }
}
