package org.entente.agreements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
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
                .body("paths.'/api/v1/agreements'.get.operationId", equalTo("listAgreements"));
    }

    @Test
    void theOpenApiDocumentKeepsTheRulesOfADocumentAUserCanRelyOn() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiRules.violations(document));
    }

    @Test
    void everyOperationDocumentsTheProblemsItCanAnswer() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/agreements/{id}'.patch.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409", "412", "413", "415", "428", "500"))
                .body("paths.'/api/v1/agreements/{id}'.patch.responses.'412'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/agreements'.get.responses.keySet()", hasItems("200", "400", "401", "403", "500"))
                .body("paths.'/api/v1/agreements'.get.responses.keySet()", not(hasItems("404")))
                .body("components.schemas.Problem.properties.keySet()", hasItems("type", "title", "status", "detail", "requestId", "errors"));
    }

    @Test
    void theLifecycleOperationsReferenceTheSharedAnswersAndEveryReferenceResolves() {
        ValidatableResponse document = given().when().get("/q/openapi?format=json").then().statusCode(200);
        for (String operation : List.of("open-negotiation", "sign", "enter-into-force", "suspend", "resume", "terminate")) {
            String responses = "paths.'/api/v1/agreements/{id}/" + operation + "'.post.responses.";
            document.body(responses + "'200'", equalTo(Map.of("$ref", "#/components/responses/AgreementInNewStatus")))
                    .body(responses + "'409'", equalTo(Map.of("$ref", "#/components/responses/NotAllowedInStatus")));
        }
        document.body("paths.'/api/v1/agreements/{id}'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NoSuchAgreement"))
                .body("paths.'/api/v1/agreements/{agreementId}/consultations'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NoSuchAgreement"))
                .body("components.responses.AgreementInNewStatus.description",
                        equalTo("The agreement in its new status, with its new ETag"))
                .body("components.responses.AgreementInNewStatus.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/AgreementView"))
                .body("components.responses.NoSuchAgreement.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.responses.NotAllowedInStatus.description", containsString("the allowed operations"))
                .body("components.responses.NotAllowedInStatus.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
        assertEquals(List.of(), OpenApiRefs.dangling(document.extract().jsonPath().getMap("$")));
    }

    @Test
    void theEventCatalogueIsServedOpenlyAsAnAsyncApiDocument() {
        given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("agreements.events:"))
                .body(org.hamcrest.Matchers.containsString("org.entente.agreement.entered-into-force.v1"));
    }
}
