package org.entente.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.junit.jupiter.api.Test;

/** A read that names the ETag it holds in If-None-Match gets 304 without a body while the resource is unchanged. */
@QuarkusTest
@WithTestResource(TokenKeys.class)
class ConditionalReadsTest {

    private static io.restassured.specification.RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.reader());
    }

    @Test
    void theCurrentETagInIfNoneMatchIsAnswered304WithTheTagAndNoBody() {
        reader().header("If-None-Match", "\"7\"").get("/samples/tagged").then().statusCode(304)
                .header("ETag", "\"7\"").body(emptyString());
    }

    @Test
    void aWeakTagAListNamingItOrAStarCountToo() {
        reader().header("If-None-Match", "W/\"7\"").get("/samples/tagged").then().statusCode(304);
        reader().header("If-None-Match", "\"5\", \"7\"").get("/samples/tagged").then().statusCode(304);
        reader().header("If-None-Match", "*").get("/samples/tagged").then().statusCode(304);
    }

    @Test
    void anOlderTagGetsTheWholeResource() {
        reader().header("If-None-Match", "\"6\"").get("/samples/tagged").then().statusCode(200)
                .header("ETag", "\"7\"").body("name", equalTo("tagged"));
        reader().get("/samples/tagged").then().statusCode(200).body("name", equalTo("tagged"));
    }

    @Test
    void problemsAndAnswersWithoutAnETagAreNeverTurnedInto304() {
        reader().header("If-None-Match", "*").get("/samples/gone").then().statusCode(404)
                .contentType("application/problem+json");
        reader().header("If-None-Match", "*").get("/samples/x").then().statusCode(200).body("name", equalTo("x"));
        given().header("If-None-Match", "\"7\"").get("/samples/tagged").then().statusCode(401);
    }
}
