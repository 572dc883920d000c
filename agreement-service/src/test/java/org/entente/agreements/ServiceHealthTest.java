package org.entente.agreements;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
}
