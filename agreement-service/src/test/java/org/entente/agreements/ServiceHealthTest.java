package org.entente.agreements;

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
    void readinessReportsTheDatabaseAndKafkaWithoutAToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentIsOpenAndDeclaresBearerTokens() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/agreements'.get.operationId", equalTo("listAgreements"));
    }
}
