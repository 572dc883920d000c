package org.entente.alliances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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
                .body("paths.'/api/v1/alliances'.get.operationId", equalTo("listAlliances"));
    }
}
