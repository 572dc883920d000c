package org.entente.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.junit.jupiter.api.Test;

/**
 * Every answer says what may be kept: a read by the client only, revalidated before use (it depends on the
 * token); a write or a problem by no one.
 */
@QuarkusTest
@WithTestResource(TokenKeys.class)
class CacheHeadersTest {

    @Test
    void aReadMayBeKeptByTheClientOnlyAndMustBeRevalidated() {
        given().auth().oauth2(TestTokens.reader()).get("/listed-samples").then().statusCode(200)
                .header("Cache-Control", "private, no-cache").header("Vary", containsString("Accept-Encoding"));
        given().auth().oauth2(TestTokens.reader()).get("/samples/tagged").then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
    }

    @Test
    void aWriteIsNotKept() {
        given().auth().oauth2(TestTokens.editor()).contentType("text/plain").body("kept?")
                .put("/listed-samples/3").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void aProblemIsNotKeptWhereverItComesFrom() {
        given().auth().oauth2(TestTokens.reader()).get("/samples/gone").then().statusCode(404)
                .header("Cache-Control", "no-store");
        given().get("/samples/tagged").then().statusCode(401).header("Cache-Control", "no-store");
        given().get("/no/such/route").then().statusCode(404).header("Cache-Control", "no-store");
    }
}
