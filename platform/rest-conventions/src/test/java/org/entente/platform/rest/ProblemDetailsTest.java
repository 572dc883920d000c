package org.entente.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every error an Entente app can give is an RFC 9457 problem: the contract of docs/api-conventions.md#problems. */
@QuarkusTest
@WithTestResource(TokenKeys.class)
class ProblemDetailsTest {

    private static final String VALID = """
            {"name": "NATO", "kind": "MILITARY_ALLIANCE", "founded": "1949-04-04", "percent": 2,
             "items": [{"label": "a", "quantity": 1}]}""";

    private static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json");
    }

    @Test
    void aValidBodyIsAccepted() {
        asEditor().body(VALID).post("/samples").then().statusCode(200).body("name", equalTo("NATO"));
    }

    @Nested
    class BadJson {

        @Test
        void malformedJsonIsAProblemWithItsPosition() {
            asEditor().body("{\"name\": \"NATO\",").post("/samples")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(ProblemTypes.MALFORMED_JSON))
                    .body("status", equalTo(400))
                    .body("detail", containsString("line 1"));
        }

        @Test
        void anUnknownPropertyIsNamed() {
            asEditor().body("{\"name\": \"NATO\", \"colour\": \"blue\"}").post("/samples")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(ProblemTypes.VALIDATION))
                    .body("errors[0].field", equalTo("colour"))
                    .body("errors[0].message", containsString("unknown property"));
        }

        @Test
        void anUnknownEnumValueListsTheAllowedOnes() {
            asEditor().body("{\"name\": \"NATO\", \"kind\": \"EMPIRE\"}").post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("kind"))
                    .body("errors[0].message", containsString("MILITARY_ALLIANCE, SECURITY_PARTNERSHIP"));
        }

        @Test
        void aWrongTypeNamesTheFieldAndTheExpectedType() {
            asEditor().body("{\"name\": \"NATO\", \"percent\": \"two\"}").post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("percent"))
                    .body("errors[0].message", containsString("number"));
        }

        @Test
        void aBadDateNamesTheField() {
            asEditor().body("{\"name\": \"NATO\", \"founded\": \"04/04/1949\"}").post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("founded"));
        }

        @Test
        void aDateMustBeADateStringNotANumberOrAnImpossibleDay() {
            asEditor().body("{\"name\": \"NATO\", \"founded\": 1949}").post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("founded"));
            asEditor().body("{\"name\": \"NATO\", \"founded\": \"2023-02-30\"}").post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("founded"));
        }

        @Test
        void aNestedFieldIsNamedWithItsPath() {
            asEditor().body("{\"name\": \"NATO\", \"items\": [{\"label\": \"a\", \"quantity\": 1}, {\"label\": \"b\", \"quantity\": \"x\"}]}")
                    .post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("items[1].quantity"));
        }

        @Test
        void anArrayWhereAnObjectBelongsIsRefused() {
            asEditor().body("[1, 2]").post("/samples")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"));
        }
    }

    @Nested
    class RuleViolations {

        @Test
        void everyViolatedConstraintIsListedByField() {
            asEditor().body("{\"name\": \" \", \"percent\": 101, \"items\": [{\"label\": \"\", \"quantity\": -1}]}")
                    .post("/samples")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(ProblemTypes.VALIDATION))
                    .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(
                            "items[0].label", "items[0].quantity", "name", "percent"));
        }

        @Test
        void aProblemRaisedByApplicationCodeKeepsItsStatus() {
            given().auth().oauth2(TestTokens.reader()).get("/samples/gone")
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("No sample gone"));
        }
    }

    @Nested
    class Http {

        @Test
        void anUnknownRouteIsANotFoundProblem() {
            given().get("/no/such/route")
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("instance", equalTo("/no/such/route"))
                    .body("requestId", notNullValue());
        }

        @Test
        void aWrongMethodIsAMethodNotAllowedProblemWithTheAllowedMethods() {
            given().auth().oauth2(TestTokens.admin()).put("/samples/x")
                    .then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", containsString("GET"))
                    .header("Allow", containsString("DELETE"))
                    .body("detail", containsString("PUT"))
                    .body("detail", containsString("allowed: "));
        }

        @Test
        void aQueryParameterOfTheWrongTypeIsABadRequestNotANotFound() {
            given().auth().oauth2(TestTokens.reader()).get("/samples/count?n=twelve")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(ProblemTypes.VALIDATION));
        }

        @Test
        void aWrongContentTypeIsAnUnsupportedMediaTypeProblem() {
            given().auth().oauth2(TestTokens.editor()).contentType("text/plain").body("NATO").post("/samples")
                    .then().statusCode(415)
                    .contentType("application/problem+json")
                    .body("detail", containsString("text/plain"));
        }

        @Test
        void aBodyOverTheLimitIsAPayloadTooLargeProblem() {
            String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
            asEditor().body(big).post("/samples")
                    .then().statusCode(413)
                    .contentType("application/problem+json");
        }

        @Test
        void aUriOverTheLimitIsAUriTooLongProblem() {
            given().auth().oauth2(TestTokens.reader()).get("/samples/count?n=1&pad=" + "x".repeat(9000))
                    .then().statusCode(414)
                    .contentType("application/problem+json")
                    .body("status", equalTo(414))
                    .body("detail", containsString("at most 8192"))
                    .body("requestId", notNullValue());
        }

        @Test
        void headersOverTheLimitAreARequestHeaderFieldsTooLargeProblem() {
            given().auth().oauth2(TestTokens.reader()).header("X-Padding", "x".repeat(20_000)).get("/samples/count?n=1")
                    .then().statusCode(431)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Request Header Fields Too Large"))
                    .body("detail", containsString("at most 16384"));
        }

        @Test
        void anUnexpectedFailureIsAServerErrorWithoutInternals() {
            given().auth().oauth2(TestTokens.reader()).get("/samples/broken")
                    .then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("detail", not(containsString("secret_table")))
                    .body("requestId", notNullValue());
        }
    }

    /** NUL and unpaired surrogates: PostgreSQL refuses the first in text, no encoding holds the second. */
    @Nested
    class TextNoStoreAccepts {

        @Test
        void inAPathParameterIsABadRequestNamingIt() {
            given().auth().oauth2(TestTokens.reader()).urlEncodingEnabled(false).get("/samples/NATO%00")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(ProblemTypes.VALIDATION))
                    .body("errors[0].field", equalTo("id"))
                    .body("errors[0].message", containsString("U+0000"));
        }

        @Test
        void inAQueryParameterIsABadRequestNamingIt() {
            given().auth().oauth2(TestTokens.reader()).urlEncodingEnabled(false).get("/samples/search?q=a%00b")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("q"));
        }

        @Test
        void inABodyStringIsABadRequestNamingTheFieldWithItsPath() {
            asEditor().body("{\"name\": \"NATO\\u0000\"}").post("/samples")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", containsString("U+0000"));
            asEditor().body("{\"name\": \"NATO\", \"items\": [{\"label\": \"\\ud800\", \"quantity\": 1}]}").post("/samples")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("items[0].label"))
                    .body("errors[0].message", containsString("U+D800"));
        }

        @Test
        void aSurrogatePairIsOneCharacterAndAccepted() {
            asEditor().body("{\"name\": \"NATO \\ud83d\\udee1\"}").post("/samples")
                    .then().statusCode(200).body("name", equalTo("NATO \ud83d\udee1"));
        }
    }

    @Nested
    class RequestIds {

        @Test
        void aWellFormedRequestIdIsEchoedAndQuotedInProblems() {
            given().header("X-Request-Id", "trace-42").get("/no/such/route")
                    .then().header("X-Request-Id", "trace-42")
                    .body("requestId", equalTo("trace-42"));
        }

        @Test
        void aMalformedRequestIdIsReplaced() {
            String replaced = given().header("X-Request-Id", "bad id with spaces").get("/no/such/route")
                    .then().extract().header("X-Request-Id");
            org.junit.jupiter.api.Assertions.assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        }

        @Test
        void aRequestWithoutOneGetsOne() {
            given().auth().oauth2(TestTokens.reader()).get("/samples/x")
                    .then().statusCode(200).header("X-Request-Id", notNullValue());
        }
    }
}
