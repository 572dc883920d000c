package org.entente.platform.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

/**
 * A bearer token that passed verification is answered from memory on its next requests, until it
 * expires; a token that differs in anything is verified in full.
 */
@QuarkusTest
@WithTestResource(TokenKeys.class)
class RememberedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void aTokenVerifiedOnceIsAnsweredFromMemoryTheNextTime() throws Exception {
        String token = TestTokens.forSubject("remembered", Roles.READER);
        assertSame(parser.parse(token), parser.parse(token));
        assertNotSame(parser.parse(token), parser.parse(TestTokens.forSubject("remembered", Roles.READER)),
                "another token of the same user is another verification");
    }

    @Test
    void aRememberedTokenIsVerifiedInFullAgainOnceItHasExpired() throws Exception {
        String token = TestTokens.expiringIn(Duration.ofSeconds(1), Roles.READER);
        JsonWebToken remembered = parser.parse(token);
        Awaitility.await("the token has expired").atMost(Duration.ofSeconds(5))
                .until(() -> Instant.now().getEpochSecond() > remembered.getExpirationTime());
        // smallrye-jwt still takes it within its clock skew (60 s), but as a verification of its own
        assertNotSame(remembered, parser.parse(token));
    }

    @Test
    void aTokenAlteredAfterItsOriginalWasRememberedIsRefused() {
        String token = TestTokens.reader();
        given().auth().oauth2(token).get("/samples/x").then().statusCode(200);
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().auth().oauth2(altered).get("/samples/x").then().statusCode(401);
    }
}
