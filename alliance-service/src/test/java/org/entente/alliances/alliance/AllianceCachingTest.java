package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The list of alliances as a puller revalidates it: the same ETag and 304 until a record in it changes. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AllianceCachingTest {

    @Test
    void aListKeepsItsETagUntilOneOfItsAlliancesChanges() {
        String tag = Alliances.uniqueCode("C").toLowerCase().replace("_", "");
        Alliances.create(Alliances.uniqueCode("C"), tag + " first");
        String etag = Alliances.create(Alliances.uniqueCode("C"), tag + " second").header("ETag");
        String list = "/api/v1/alliances?q=" + tag;
        String before = given().auth().oauth2(TestTokens.reader()).get(list).then().statusCode(200)
                .body("items", hasSize(2)).header("ETag", startsWith("W/\"")).header("Cache-Control", "private, no-cache")
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", before).get(list).then().statusCode(304)
                .header("ETag", before).body(emptyString());

        String second = given().auth().oauth2(TestTokens.reader()).get(list).then().extract().path("items[1].code");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).post("/api/v1/alliances/" + second + "/suspend")
                .then().statusCode(200).header("Cache-Control", "no-store");

        String after = given().auth().oauth2(TestTokens.reader()).header("If-None-Match", before).get(list)
                .then().statusCode(200).body("items[1].status", org.hamcrest.Matchers.equalTo("SUSPENDED"))
                .extract().header("ETag");
        assertNotEquals(before, after);
    }
}
