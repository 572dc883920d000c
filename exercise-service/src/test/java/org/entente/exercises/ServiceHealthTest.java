package org.entente.exercises;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.platform.testing.OpenApiRefs;
import org.entente.platform.testing.OpenApiRules;
import org.entente.platform.testing.MongoAndKafka;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ServiceHealthTest {

    @Inject
    MongoClient mongo;

    @Test
    void readinessReportsMongoDbAndKafkaAsTheRelaySawItWithoutAToken() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("MongoDB connection health check", "Kafka (outbox relay)"))
                .body("checks.find { it.name == 'Kafka (outbox relay)' }.data.kafka", org.hamcrest.Matchers.oneOf("STARTING", "UP"));
    }

    @Test
    void theExercisesCollectionExistsWithItsIndexesAfterStart() {
        var indexes = mongo.getDatabase("exercises").getCollection("exercises").listIndexes()
                .map(index -> index.getString("name")).into(new ArrayList<>());
        org.hamcrest.MatcherAssert.assertThat(indexes, hasItems("unique_curated_name", "unique_source", "by_name", "by_start",
                "by_participant", "by_status", "pending_events"));
        var collections = mongo.getDatabase("exercises").listCollectionNames().into(new ArrayList<>());
        org.hamcrest.MatcherAssert.assertThat(collections, hasItem("exercises"));
    }

    @Test
    void theOpenApiDocumentIsOpenAndDeclaresBearerTokens() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/exercises'.get.operationId", equalTo("listExercises"));
    }

    @Test
    void theOpenApiDocumentKeepsTheRulesOfADocumentAUserCanRelyOn() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiRules.violations(document));
    }


    @Test
    void readsThatHonourIfNoneMatchDocument304AndTheStreamDoesNot() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/exercises'.get.responses.'304'.headers.ETag", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/exercises'.get.responses.'200'.headers.'Cache-Control'.description",
                        containsString("private, no-cache"))
                .body("paths.'/api/v1/exercises'.get.parameters.name", org.hamcrest.Matchers.hasItem("If-None-Match"))
                .body("paths.'/api/v1/exercises/events'.get.responses.'304'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theDocumentSaysWhatAClientGeneratorMustKnow() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/exercises/events'.get.responses.'200'.content.'text/event-stream'.schema.type",
                        equalTo("string"))
                .body("components.schemas.OutboundSseEvent", nullValue())
                .body("paths.'/api/v1/exercises/{id}'.patch.requestBody.content.'application/merge-patch+json'.schema.type",
                        equalTo("object"))
                .body("components.schemas.ExerciseInput.properties.start.'$ref'", equalTo("#/components/schemas/PartialDate"))
                .body("components.schemas.ExerciseInput.properties.start.type", nullValue())
                .body("components.schemas.Change.properties.record.type", hasItem("object"))
                .body("components.schemas.JsonNode", nullValue());
    }

    @Test
    void theEventCatalogueIsServedOpenlyAsAnAsyncApiDocument() {
        given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("exercises.events:"))
                .body(org.hamcrest.Matchers.containsString("org.entente.exercise.participant-withdrew.v1"));
    }

    @Test
    void theLifecycleOperationsReferenceTheSharedAnswersAndEveryReferenceResolves() {
        ValidatableResponse document = given().when().get("/q/openapi?format=json").then().statusCode(200);
        document.body("paths.'/api/v1/exercises/{id}/{operation}'.post.responses.'409'",
                        equalTo(Map.of("$ref", "#/components/responses/NotAllowedInStatus")))
                .body("paths.'/api/v1/exercises/{id}/participants/{country}'.patch.responses.'200'",
                        equalTo(Map.of("$ref", "#/components/responses/ExerciseWithNewETag")))
                .body("paths.'/api/v1/exercises/{id}/participants/{country}'.delete.responses.'200'",
                        equalTo(Map.of("$ref", "#/components/responses/ExerciseWithNewETag")))
                .body("components.responses.ExerciseWithNewETag.description", equalTo("The exercise with its new ETag"))
                .body("components.responses.ExerciseWithNewETag.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ExerciseView"))
                .body("components.responses.NotAllowedInStatus.description", containsString("the allowed operations"))
                .body("components.responses.NotAllowedInStatus.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
        assertEquals(List.of(), OpenApiRefs.dangling(document.extract().jsonPath().getMap("$")));
    }
}
