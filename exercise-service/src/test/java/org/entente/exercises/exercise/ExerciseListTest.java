package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseListTest {

    @Test
    void anEmptyDatabaseListsAnEmptyPage() {
        given().auth().oauth2(TestTokens.reader())
                .when().get("/api/v1/exercises")
                .then().statusCode(200)
                .contentType("application/json")
                .body("items", empty())
                .body("next", nullValue());
    }

    @Test
    void listingNeedsTheReaderRole() {
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/exercises"));
    }

    @Test
    void aLimitThatIsNotANumberIsAProblemNamingTheParameter() {
        given().auth().oauth2(TestTokens.reader())
                .when().get("/api/v1/exercises?limit=abc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aLimitAboveTheMaximumIsAProblemNamingTheParameter() {
        given().auth().oauth2(TestTokens.reader())
                .when().get("/api/v1/exercises?limit=201")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }
}
