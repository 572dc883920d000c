package org.entente.agreements.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AgreementApiTest {

    static final String TOPIC = "agreements.events";
    static final Duration WAIT = Duration.ofSeconds(20);

    static List<String> eventTypes(String id, int atLeast) {
        return KafkaEvents.about(TOPIC, id, e -> e.size() >= atLeast, WAIT).stream().map(DomainEvent::type).toList();
    }

    @Nested
    class Creating {

        @Test
        void aProposalIsReadableWithItsETagAndOpensItsHistory() {
            var created = Agreements.propose("Proposal " + Agreements.marker());
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith(Agreements.PATH + "/" + id), created.header("Location"));

            Agreements.get(id).then().statusCode(200)
                    .header("ETag", created.header("ETag"))
                    .body("parties", contains("USA", "JPN"))
                    .body("status", equalTo("PROPOSED"))
                    .body("allowedOperations", contains("open-negotiation", "terminate"))
                    .body("scopeAreas", contains("JOINT_EXERCISES", "LOGISTICS_SUPPORT"))
                    .body("objectives", contains("Rotational access"));
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/history")
                    .then().statusCode(200)
                    .body("items.operation", contains("propose"))
                    .body("items[0].effectiveOn", equalTo(LocalDate.now().toString()));
        }

        @Test
        void aProposalPublishesAProposedEventWithTheNewState() {
            String id = Agreements.propose("Event " + Agreements.marker()).path("id");

            List<DomainEvent> events = KafkaEvents.about(TOPIC, id, e -> !e.isEmpty(), WAIT);

            assertEquals(1, events.size());
            DomainEvent proposed = events.get(0);
            assertEquals("org.entente.agreement.proposed.v1", proposed.type());
            assertEquals("/agreement-service", proposed.source());
            assertEquals(id, proposed.subject());
            assertTrue(proposed.id() != null && proposed.time() != null);
            var record = KafkaEvents.records(TOPIC, rs -> rs.stream().anyMatch(r -> id.equals(r.key())), WAIT).stream()
                    .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            assertEquals("1.0", new String(record.headers().lastHeader("ce_specversion").value(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("application/json", new String(record.headers().lastHeader("content-type").value(), java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(proposed.dataAsString().contains("\"status\":\"PROPOSED\"")
                    && proposed.dataAsString().contains("\"changed\":[\"parties\",\"title\""), proposed.dataAsString());
        }

        @Test
        void anAgreementRecordedInForceHasEachStepInItsHistoryAndItsEvents() {
            String id = Agreements.create(Agreements.inForce("USA", "JPN", "Treaty " + Agreements.marker(), "1960-01-19", "1960-06-23"))
                    .path("id");

            Agreements.get(id).then()
                    .body("status", equalTo("IN_FORCE"))
                    .body("signed", equalTo("1960-01-19"))
                    .body("enteredIntoForce", equalTo("1960-06-23"))
                    .body("allowedOperations", contains("suspend", "terminate"));
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/history").then()
                    .body("items.operation", contains("propose", "sign", "enter-into-force"))
                    .body("items.status", contains("PROPOSED", "SIGNED", "IN_FORCE"))
                    .body("items.effectiveOn", contains(null, "1960-01-19", "1960-06-23"));
            assertEquals(List.of("org.entente.agreement.proposed.v1", "org.entente.agreement.signed.v1",
                    "org.entente.agreement.entered-into-force.v1"), eventTypes(id, 3));
        }

        @Test
        void anAgreementRecordedWithAPassedExpiryExpiresAtOnceUnlessItRenewsItself() {
            String expired = Agreements.create("""
                    {"parties": ["USA", "PHL"], "title": "Lapsed %s", "type": "LOGISTICS_SUPPORT",
                     "signed": "2000-01-01", "enteredIntoForce": "2000-02-01", "durationYears": 5}""".formatted(Agreements.marker()))
                    .path("id");
            Agreements.get(expired).then().body("status", equalTo("EXPIRED")).body("expires", equalTo("2005-02-01"));

            String renewed = Agreements.create("""
                    {"parties": ["USA", "PHL"], "title": "Renewing %s", "type": "LOGISTICS_SUPPORT",
                     "signed": "2000-01-01", "enteredIntoForce": "2000-02-01", "durationYears": 10, "renewalYears": 10}"""
                    .formatted(Agreements.marker())).path("id");
            LocalDate expiry = LocalDate.of(2010, 2, 1);
            while (!expiry.isAfter(LocalDate.now())) {
                expiry = expiry.plusYears(10);
            }
            Agreements.get(renewed).then().body("status", equalTo("IN_FORCE")).body("expires", equalTo(expiry.toString()));
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + renewed + "/history").then()
                    .body("items.operation", hasItem("renew"))
                    .body("items.effectiveOn", hasItem("2010-02-01"));
        }

        @Test
        void creatingNeedsTheEditorRole() {
            AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json").body("{}").post(Agreements.PATH));
        }
    }

    @Nested
    class RefusedInput {

        record Bad(String what, String body, String field) {
        }

        @Test
        void everyBrokenRuleIsAProblemNamingTheFieldAndCreatesNothing() {
            String marker = Agreements.marker();
            String title = "Refused " + marker;
            List<Bad> bad = List.of(
                    new Bad("one party", "{\"parties\": [\"USA\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\"}", "parties"),
                    new Bad("three parties", "{\"parties\": [\"USA\", \"JPN\", \"KOR\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\"}", "parties"),
                    new Bad("the same country twice", "{\"parties\": [\"USA\", \"USA\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\"}", "parties"),
                    new Bad("unknown country", "{\"parties\": [\"USA\", \"XYZ\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\"}", "parties[1]"),
                    new Bad("lower-case country", "{\"parties\": [\"usa\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\"}", "parties[0]"),
                    new Bad("entry into force before signing", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\","
                            + " \"signed\": \"2020-05-01\", \"enteredIntoForce\": \"2020-04-30\"}", "enteredIntoForce"),
                    new Bad("entry into force without signing", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\","
                            + " \"enteredIntoForce\": \"2020-04-30\"}", "enteredIntoForce"),
                    new Bad("expiry before entry into force", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\","
                            + " \"signed\": \"2020-05-01\", \"enteredIntoForce\": \"2020-06-01\", \"expires\": \"2020-06-01\"}", "expires"),
                    new Bad("signed in the future", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\","
                            + " \"signed\": \"" + LocalDate.now().plusDays(3) + "\"}", "signed"),
                    new Bad("a term of no years", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\", \"renewalYears\": 0}", "renewalYears"),
                    new Bad("missing title", "{\"parties\": [\"USA\", \"JPN\"], \"type\": \"PROCUREMENT\", \"summary\": \"%s\"}", "title"),
                    new Bad("missing type", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\"}", "type"),
                    new Bad("unknown type", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"ALLIANCE\"}", "type"),
                    new Bad("unknown scope area", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\", \"scopeAreas\": [\"SPACE\"]}", "scopeAreas[0]"),
                    new Bad("unknown property", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\", \"colour\": \"blue\"}", "colour"),
                    new Bad("wrong type", "{\"parties\": [\"USA\", \"JPN\"], \"title\": \"%s\", \"type\": \"PROCUREMENT\", \"signed\": 1960}", "signed"));

            for (Bad b : bad) {
                var response = given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                        .body(b.body().formatted(title)).post(Agreements.PATH).then().extract();
                assertEquals(400, response.statusCode(), b.what() + ": " + response.asString());
                assertEquals("application/problem+json", response.contentType().split(";")[0], b.what());
                List<String> fields = response.path("errors.field");
                assertTrue(fields != null && fields.contains(b.field()), b.what() + ": " + response.asString());
            }
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?q=" + marker).then().body("items", org.hamcrest.Matchers.empty());
        }

        @Test
        void malformedJsonWrongMediaTypeAndOversizedBodiesAreProblems() {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{\"parties\": [")
                    .post(Agreements.PATH).then().statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.editor()).contentType("text/plain").body("parties=USA,JPN")
                    .post(Agreements.PATH).then().statusCode(415).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"summary\": \"" + "x".repeat(1_100_000) + "\"}")
                    .post(Agreements.PATH).then().statusCode(413).contentType("application/problem+json");
        }
    }

    @Nested
    class Updating {

        @Test
        void aMergePatchChangesOnlyWhatItNamesAndPublishesTheChangedFields() {
            var created = Agreements.propose("Patch " + Agreements.marker());
            String id = created.path("id");

            patch(id, created.header("ETag"), "{\"summary\": null, \"scopeAreas\": [\"CYBER_DEFENSE\"], \"parties\": [\"JPN\", \"AUS\"]}")
                    .then().statusCode(200)
                    .header("ETag", not(created.header("ETag")))
                    .body("summary", nullValue())
                    .body("scopeAreas", contains("CYBER_DEFENSE"))
                    .body("parties", contains("JPN", "AUS"))
                    .body("type", equalTo("DEFENSE_COOPERATION_AGREEMENT"));

            List<DomainEvent> events = KafkaEvents.about(TOPIC, id, e -> e.size() >= 2, WAIT);
            assertEquals("org.entente.agreement.updated.v1", events.get(1).type());
            assertTrue(events.get(1).dataAsString().contains("\"changed\":[\"parties\",\"scopeAreas\",\"summary\"]"),
                    events.get(1).dataAsString());
        }

        @Test
        void withoutIfMatchAPatchIsPreconditionRequiredAndAStaleOneFails() {
            var created = Agreements.propose("Stale " + Agreements.marker());
            String id = created.path("id");
            patch(id, null, "{\"summary\": \"x\"}").then().statusCode(428).contentType("application/problem+json");
            patch(id, created.header("ETag"), "{\"summary\": \"fresh\"}").then().statusCode(200);
            patch(id, created.header("ETag"), "{\"summary\": \"lost update\"}").then().statusCode(412).contentType("application/problem+json");
            Agreements.get(id).then().body("summary", equalTo("fresh"));
        }

        @Test
        void twoConcurrentUpdatesWithTheSameETagExactlyOneWins() throws Exception {
            var created = Agreements.propose("Race " + Agreements.marker());
            String id = created.path("id");
            String etag = created.header("ETag");
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> writers = List.of(
                        () -> { start.await(); return patch(id, etag, "{\"summary\": \"A\"}").statusCode(); },
                        () -> { start.await(); return patch(id, etag, "{\"summary\": \"B\"}").statusCode(); });
                List<Integer> statuses = pool.invokeAll(writers).stream().map(Updating::result).sorted().toList();
                assertEquals(List.of(200, 412), statuses);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void theLifecycleDatesAndTheSignedPartiesAreNotFreeEdits() {
            var proposed = Agreements.propose("Free edit " + Agreements.marker());
            String id = proposed.path("id");
            patch(id, proposed.header("ETag"), "{\"signed\": \"2020-01-01\"}").then().statusCode(400)
                    .body("errors[0].field", equalTo("signed"));

            var signed = Agreements.create(Agreements.inForce("USA", "JPN", "Signed " + Agreements.marker(), "2001-01-01", "2001-02-01"));
            String signedId = signed.path("id");
            patch(signedId, signed.header("ETag"), "{\"parties\": [\"USA\", \"KOR\"]}").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("parties"));
            patch(signedId, signed.header("ETag"), "{\"enteredIntoForce\": null}").then().statusCode(400)
                    .body("errors[0].field", equalTo("enteredIntoForce"));
            patch(signedId, signed.header("ETag"), "{\"enteredIntoForce\": \"2000-12-31\"}").then().statusCode(400)
                    .body("errors[0].field", equalTo("enteredIntoForce"));
            patch(signedId, signed.header("ETag"), "{\"signed\": \"2001-01-02\"}").then().statusCode(200)
                    .body("signed", equalTo("2001-01-02"));
        }

        @Test
        void anExpiryMovedIntoThePastEndsTheAgreementAtOnce() {
            var created = Agreements.create(Agreements.inForce("USA", "JPN", "Shortened " + Agreements.marker(), "2001-01-01", "2001-02-01"));
            String id = created.path("id");
            patch(id, created.header("ETag"), "{\"expires\": \"2011-02-01\"}").then().statusCode(200)
                    .body("status", equalTo("EXPIRED"));
            assertEquals("org.entente.agreement.expired.v1", eventTypes(id, 5).get(4));
        }

        private static io.restassured.response.Response patch(String id, String etag, String body) {
            var request = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").body(body);
            if (etag != null) {
                request = request.header("If-Match", etag);
            }
            return request.patch(Agreements.PATH + "/" + id);
        }

        private static Integer result(Future<Integer> future) {
            try {
                return future.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Deleting {

        @Test
        void anAdminDeletesWithIfMatchAndTheAgreementIsGone() {
            var created = Agreements.propose("Gone " + Agreements.marker());
            String id = created.path("id");
            given().auth().oauth2(TestTokens.admin()).header("If-Match", created.header("ETag"))
                    .delete(Agreements.PATH + "/" + id).then().statusCode(204);
            Agreements.get(id).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/history").then().statusCode(404);
            assertEquals("org.entente.agreement.deleted.v1", eventTypes(id, 2).get(1));
        }

        @Test
        void deletingNeedsTheAdminRole() {
            var created = Agreements.propose("Kept " + Agreements.marker());
            String id = created.path("id");
            AccessMatrix.requires(Roles.ADMIN, request -> request.header("If-Match", "\"999\"").delete(Agreements.PATH + "/" + id));
            Agreements.get(id).then().statusCode(200).header("ETag", created.header("ETag"));
        }

        @Test
        void anUnknownAgreementIsNotFound() {
            Agreements.get("1b4e28ba-2fa1-11d2-883f-0016d3cca427").then().statusCode(404).contentType("application/problem+json");
            Agreements.get("not-an-id").then().statusCode(404).body("detail", containsString("not-an-id"));
        }
    }
}
