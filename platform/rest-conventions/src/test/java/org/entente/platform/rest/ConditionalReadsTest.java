package org.entente.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.junit.jupiter.api.Test;

/**
 * A read that names the ETag it holds in If-None-Match gets 304 without a body while the resource is unchanged;
 * a collection's ETag is one of its content.
 */
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
    void problemsAreNeverTurnedInto304() {
        reader().header("If-None-Match", "*").get("/samples/gone").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("If-None-Match", "\"7\"").get("/samples/tagged").then().statusCode(401);
    }

    @Test
    void aCollectionHasAWeakETagOfItsContentAndA304WhileItIsUnchanged() {
        String tag = reader().get("/listed-samples").then().statusCode(200).header("ETag", startsWith("W/\""))
                .body("items", hasSize(50)).extract().header("ETag");
        reader().get("/listed-samples").then().header("ETag", tag);
        reader().header("If-None-Match", tag).get("/listed-samples").then().statusCode(304)
                .header("ETag", tag).header("Cache-Control", "private, no-cache").body(emptyString());
    }

    @Test
    void aChangeToOneRecordInACollectionChangesItsETag() {
        String before = reader().get("/listed-samples").then().extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).contentType("text/plain").body("renamed " + System.nanoTime())
                .put("/listed-samples/17").then().statusCode(200);
        String after = reader().get("/listed-samples").then().body("items[17].name", startsWith("renamed"))
                .extract().header("ETag");
        assertNotEquals(before, after);
        reader().header("If-None-Match", before).get("/listed-samples").then().statusCode(200).header("ETag", after);
    }

    @Test
    void aRecordWithoutAVersionIsTaggedByItsContentToo() {
        String tag = reader().get("/samples/x").then().statusCode(200).extract().header("ETag");
        reader().header("If-None-Match", tag).get("/samples/x").then().statusCode(304);
        reader().header("If-None-Match", tag).get("/samples/y").then().statusCode(200).body("name", equalTo("y"));
    }

    @Test
    void aPageAnsweredAsAResponseWithALinkIsTaggedToo() {
        String tag = reader().get("/listed-samples/linked").then().statusCode(200)
                .contentType(startsWith("application/json")).header("Link", containsString("after=after-ten"))
                .body("items", hasSize(10)).extract().header("ETag");
        reader().header("If-None-Match", tag).get("/listed-samples/linked").then().statusCode(304);
    }

    @Test
    void anAnswerOfAResourceThatProducesSomethingElseIsLeftAsItIs() {
        reader().header("If-None-Match", "*").get("/listed-samples/as-csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("ETag", nullValue()).body(startsWith("0,"));
    }

    @Test
    void aStreamedAnswerIsNeitherTaggedNorHeldBack() {
        reader().header("If-None-Match", "*").get("/listed-samples/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("ETag", nullValue()).body(startsWith("0,"));
    }
}
