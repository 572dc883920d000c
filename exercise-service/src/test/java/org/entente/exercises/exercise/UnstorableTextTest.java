package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Text a store refuses (NUL: MongoDB takes none in a key or a regular expression, PostgreSQL none in
 * text, so the suite refuses it everywhere) in a path, a query or a body is a 400 problem naming the
 * parameter or field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class UnstorableTextTest {

    @Test
    void aNulInAPathSegmentIsABadRequestNamingTheParameterAndChangesNothing() {
        var planned = Exercises.plan("Path case " + Exercises.marker());
        String id = planned.path("id");

        given().auth().oauth2(TestTokens.editor()).header("If-Match", planned.header("ETag")).urlEncodingEnabled(false)
                .post(Exercises.PATH + "/" + id + "%00/announce")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", containsString("U+0000"));
        Exercises.get(id).then().statusCode(200).header("ETag", planned.header("ETag")).body("status", equalTo("PLANNED"));
    }

    @Test
    void aNulInAQueryParameterIsABadRequestNamingIt() {
        given().auth().oauth2(TestTokens.reader()).urlEncodingEnabled(false).get(Exercises.PATH + "?q=RIMPAC%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aNulInABodyIsABadRequestNamingTheFieldWithItsPathAndCreatesNothing() {
        String marker = Exercises.marker();
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body(Exercises.body(marker + " Pacific\\u0000", "2030-06-27", "2030-08-01"))
                .post(Exercises.PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body(Exercises.body(marker + " Pacific", "2030-06-27", "2030-08-01")
                        .replace("\"Interoperability\"", "\"Inter\\u0000operability\""))
                .post(Exercises.PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("objectives[0]"));
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?q=" + marker)
                .then().statusCode(200).body("items", empty());
    }
}
