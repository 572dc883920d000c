package org.entente.alliances.alliance;

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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MutableClock;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AllianceApiTest {

    private static final String TOPIC = "alliances.events";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    MutableClock clock;

    @Inject
    OutboxRelay relay;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Nested
    class Creating {

        @Test
        void aCreatedAllianceIsReadableByIdAndByCodeWithItsETag() {
            String code = Alliances.uniqueCode("NATO");
            var created = given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body(Alliances.body(code, "North Atlantic Treaty Organization", "COLLECTIVE_DEFENSE", "EURO_ATLANTIC", "1949-04-04"))
                    .post("/api/v1/alliances")
                    .then().statusCode(201)
                    .extract();
            UUID id = Alliances.id(created);
            assertTrue(created.header("Location").endsWith("/api/v1/alliances/" + id), created.header("Location"));
            String etag = created.header("ETag");

            for (String key : List.of(id.toString(), code)) {
                given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + key)
                        .then().statusCode(200)
                        .header("ETag", etag)
                        .body("code", equalTo(code))
                        .body("kind", equalTo("COLLECTIVE_DEFENSE"))
                        .body("founded", equalTo("1949-04-04"))
                        .body("obligations", contains("DEFENSE", "CONSULTATION"))
                        .body("status", equalTo("ACTIVE"))
                        .body("dissolved", nullValue());
            }
        }

        @Test
        void creatingPublishesAnAllianceCreatedEventWithTheNewState() {
            String code = Alliances.uniqueCode("AUKUS");
            UUID id = Alliances.id(Alliances.create(Alliances.body(code, "AUKUS", "SECURITY_PARTNERSHIP", "INDO_PACIFIC", "2021-09-15")));

            List<DomainEvent> events = KafkaEvents.about(TOPIC, id.toString(), e -> !e.isEmpty(), WAIT);

            assertEquals(1, events.size());
            assertEquals("org.entente.alliance.created.v1", events.get(0).type());
            assertEquals("/alliance-service", events.get(0).source());
            String data = events.get(0).dataAsString();
            assertTrue(data.contains("\"code\":\"" + code + "\"") && data.contains("\"changed\":["), data);
        }

        @Test
        void aTakenCodeIsAConflictAndChangesNothing() {
            String code = Alliances.uniqueCode("DUP");
            Alliances.create(code, "First");

            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body(Alliances.body(code, "Second", "COALITION", "GLOBAL", "2014-09-10"))
                    .post("/api/v1/alliances")
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString(code));
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code)
                    .then().body("name", equalTo("First"));
        }

        @Test
        void missingAndInvalidFieldsAreEachNamed() {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"code\": \"lower case\", \"founded\": \"2999-01-01\"}")
                    .post("/api/v1/alliances")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("code"))
                    .body("errors.field", hasItem("name"))
                    .body("errors.field", hasItem("kind"))
                    .body("errors.field", hasItem("region"))
                    .body("errors.field", hasItem("founded"));
        }

        @Test
        void anUnknownKindListsTheKnownOnes() {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body(Alliances.body(Alliances.uniqueCode("X"), "X", "EMPIRE", "GLOBAL", "2000-01-01"))
                    .post("/api/v1/alliances")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("kind"))
                    .body("errors[0].message", containsString("COLLECTIVE_DEFENSE"));
        }

        @Test
        void creatingNeedsTheEditorRole() {
            AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json")
                    .body("{}").post("/api/v1/alliances"));
        }
    }

    @Nested
    class Updating {

        @Test
        void aMergePatchChangesOnlyWhatItNamesAndPublishesTheChangedFields() {
            String code = Alliances.uniqueCode("QUAD");
            var created = Alliances.create(Alliances.body(code, "Quadrilateral Security Dialogue", "STRATEGIC_DIALOGUE", "INDO_PACIFIC", "2007-05-25"));
            UUID id = Alliances.id(created);

            var patched = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                    .header("If-Match", created.header("ETag"))
                    .body("{\"headquarters\": null, \"description\": \"Australia, India, Japan, United States\"}")
                    .patch("/api/v1/alliances/" + code)
                    .then().statusCode(200)
                    .header("ETag", not(created.header("ETag")))
                    .body("headquarters", nullValue())
                    .body("description", equalTo("Australia, India, Japan, United States"))
                    .body("name", equalTo("Quadrilateral Security Dialogue"))
                    .extract();

            List<DomainEvent> events = KafkaEvents.about(TOPIC, id.toString(), e -> e.size() >= 2, WAIT);
            assertEquals("org.entente.alliance.updated.v1", events.get(1).type());
            assertTrue(events.get(1).dataAsString().contains("\"changed\":[\"headquarters\",\"description\"]"),
                    events.get(1).dataAsString());
            assertTrue(patched.header("ETag").length() > 2);
        }

        @Test
        void withoutIfMatchAPatchIsPreconditionRequired() {
            String code = Alliances.uniqueCode("NOIFM");
            Alliances.create(code, "No If-Match");
            given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                    .body("{\"name\": \"Changed\"}")
                    .patch("/api/v1/alliances/" + code)
                    .then().statusCode(428).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().body("name", equalTo("No If-Match"));
        }

        @Test
        void aReadWithTheETagItHoldsIsNotModifiedUntilAChange() {
            String code = Alliances.uniqueCode("GCC");
            var created = Alliances.create(Alliances.body(code, "Gulf Cooperation Council", "COLLECTIVE_DEFENSE", "MIDDLE_EAST", "1981-05-25"));
            String etag = created.header("ETag");
            given().auth().oauth2(TestTokens.reader()).header("If-None-Match", etag).get("/api/v1/alliances/" + code)
                    .then().statusCode(304).header("ETag", etag);

            given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"description\": \"Six Gulf states\"}").patch("/api/v1/alliances/" + code).then().statusCode(200);
            given().auth().oauth2(TestTokens.reader()).header("If-None-Match", etag).get("/api/v1/alliances/" + code)
                    .then().statusCode(200).header("ETag", not(etag)).body("description", equalTo("Six Gulf states"));
        }

        @Test
        void aStaleETagIsPreconditionFailedAndChangesNothing() {
            String code = Alliances.uniqueCode("STALE");
            var created = Alliances.create(code, "Stale");
            String first = created.header("ETag");
            patchName(code, first, "Fresh").then().statusCode(200);

            patchName(code, first, "Lost update").then().statusCode(412).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().body("name", equalTo("Fresh"));
        }

        @Test
        void twoConcurrentUpdatesWithTheSameETagExactlyOneWins() throws Exception {
            String code = Alliances.uniqueCode("RACE");
            String etag = Alliances.create(code, "Race").header("ETag");
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> writers = List.of(
                        () -> { start.await(); return patchName(code, etag, "Writer A").statusCode(); },
                        () -> { start.await(); return patchName(code, etag, "Writer B").statusCode(); });
                List<Integer> statuses = pool.invokeAll(writers).stream().map(f -> get(f)).sorted().toList();
                assertEquals(List.of(200, 412), statuses);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void aPatchThatBreaksARuleIsRefusedAndChangesNothing() {
            String code = Alliances.uniqueCode("RULE");
            String etag = Alliances.create(code, "Rule").header("ETag");
            given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"name\": \"\", \"colour\": \"blue\"}")
                    .patch("/api/v1/alliances/" + code)
                    .then().statusCode(400).body("errors[0].field", equalTo("colour"));
            given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"name\": \"\"}")
                    .patch("/api/v1/alliances/" + code)
                    .then().statusCode(400).body("errors[0].field", equalTo("name"));
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").header("If-Match", etag)
                    .body("{\"name\": \"Plain JSON\"}")
                    .patch("/api/v1/alliances/" + code)
                    .then().statusCode(415);
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code)
                    .then().body("name", equalTo("Rule")).header("ETag", etag);
        }

        private io.restassured.response.Response patchName(String code, String etag, String name) {
            return given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                    .header("If-Match", etag).body("{\"name\": \"" + name + "\"}")
                    .patch("/api/v1/alliances/" + code);
        }

        private static Integer get(Future<Integer> future) {
            try {
                return future.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class BadWrites {

        @Test
        void everyRefusedWriteIsAProblemAndChangesAndPublishesNothing() {
            String code = Alliances.uniqueCode("CALM");
            var created = Alliances.create(code, "Calm");
            String id = created.path("id");
            String etag = created.header("ETag");
            String path = "/api/v1/alliances/" + code;
            String big = "{\"description\": \"" + "x".repeat(1_100_000) + "\"}";
            record Bad(String what, int status, io.restassured.response.Response response) {
            }
            List<Bad> bad = List.of(
                    new Bad("no If-Match", 428, patch(path, null, "{\"name\": \"X\"}")),
                    new Bad("stale If-Match", 412, patch(path, "\"999\"", "{\"name\": \"X\"}")),
                    new Bad("unknown property", 400, patch(path, etag, "{\"colour\": \"blue\"}")),
                    new Bad("malformed JSON", 400, patch(path, etag, "{\"name\": ")),
                    new Bad("unknown enum value", 400, patch(path, etag, "{\"kind\": \"EMPIRE\"}")),
                    new Bad("wrong type", 400, patch(path, etag, "{\"founded\": 1949}")),
                    new Bad("body over 1 MiB", 413, patch(path, etag, big)),
                    new Bad("wrong content type", 415, given().auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                            .contentType("text/plain").body("name=X").patch(path)),
                    new Bad("illegal lifecycle operation", 409, given().auth().oauth2(TestTokens.editor())
                            .header("If-Match", etag).post(path + "/reactivate")),
                    new Bad("dissolved before founded", 400, given().auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                            .contentType("application/json").body("{\"date\": \"1900-01-01\"}").post(path + "/dissolve")),
                    new Bad("reader writes", 403, given().auth().oauth2(TestTokens.reader()).header("If-Match", etag)
                            .contentType("application/merge-patch+json").body("{\"name\": \"X\"}").patch(path)),
                    new Bad("no token", 401, given().header("If-Match", etag)
                            .contentType("application/merge-patch+json").body("{\"name\": \"X\"}").patch(path)),
                    new Bad("duplicate code", 409, given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                            .body(Alliances.body(code, "Twin", "COALITION", "GLOBAL", "2000-01-01")).post("/api/v1/alliances")));

            for (Bad b : bad) {
                assertEquals(b.status(), b.response().statusCode(), b.what() + ": " + b.response().asString());
                assertEquals("application/problem+json", b.response().contentType().split(";")[0], b.what());
            }
            given().auth().oauth2(TestTokens.reader()).get(path)
                    .then().statusCode(200).header("ETag", etag).body("name", equalTo("Calm"));
            assertEquals(List.of("org.entente.alliance.created.v1"),
                    KafkaEvents.settled(relay, TOPIC, id).stream().map(DomainEvent::type).toList());
        }

        private io.restassured.response.Response patch(String path, String ifMatch, String body) {
            var request = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").body(body);
            if (ifMatch != null) {
                request = request.header("If-Match", ifMatch);
            }
            return request.patch(path).then().extract().response();
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void anAllianceIsSuspendedReactivatedAndDissolvedWithAnEventEachTime() {
            String code = Alliances.uniqueCode("SEATO");
            var created = Alliances.create(Alliances.body(code, "Southeast Asia Treaty Organization", "COLLECTIVE_DEFENSE", "INDO_PACIFIC", "1954-09-08"));
            UUID id = Alliances.id(created);

            String etag = operation(code, "suspend", created.header("ETag"), null).then().statusCode(200)
                    .body("status", equalTo("SUSPENDED")).extract().header("ETag");
            etag = operation(code, "reactivate", etag, null).then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).extract().header("ETag");
            operation(code, "dissolve", etag, "{\"date\": \"1977-06-30\"}").then().statusCode(200)
                    .body("status", equalTo("DISSOLVED")).body("dissolved", equalTo("1977-06-30"));

            List<String> types = KafkaEvents.about(TOPIC, id.toString(), e -> e.size() >= 4, WAIT).stream()
                    .map(DomainEvent::type).toList();
            assertEquals(List.of("org.entente.alliance.created.v1", "org.entente.alliance.suspended.v1",
                    "org.entente.alliance.reactivated.v1", "org.entente.alliance.dissolved.v1"), types);
        }

        @Test
        void anIllegalOperationIsAConflictNamingTheAllowedOnes() {
            String code = Alliances.uniqueCode("ILLEGAL");
            String etag = Alliances.create(code, "Illegal").header("ETag");

            operation(code, "reactivate", etag, null).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("ACTIVE"))
                    .body("detail", containsString("suspend, dissolve"));

            etag = operation(code, "dissolve", etag, "{\"date\": \"2000-01-01\"}").then().statusCode(200).extract().header("ETag");
            for (String op : List.of("suspend", "reactivate")) {
                operation(code, op, etag, null).then().statusCode(409).body("detail", containsString("none"));
            }
            operation(code, "dissolve", etag, "{\"date\": \"2001-01-01\"}").then().statusCode(409);
        }

        @Test
        void aDissolutionBeforeTheFoundingOrInTheFutureIsRefused() {
            String code = Alliances.uniqueCode("EARLY");
            String etag = Alliances.create(code, "Early").header("ETag");
            operation(code, "dissolve", etag, "{\"date\": \"1900-01-01\"}").then().statusCode(400)
                    .body("errors[0].field", equalTo("date"));
            operation(code, "dissolve", etag, "{\"date\": \"" + LocalDate.now().plusDays(2) + "\"}").then().statusCode(400);
            operation(code, "dissolve", etag, "{}").then().statusCode(400).body("errors[0].field", equalTo("date"));
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().body("status", equalTo("ACTIVE"));
        }

        @Test
        void aDissolutionIsRefusedUntilItsDayHasComeByTheServicesClock() {
            String code = Alliances.uniqueCode("LATER");
            String etag = Alliances.create(code, "Later").header("ETag");

            clock.setToday(LocalDate.parse("1991-06-30"));
            operation(code, "dissolve", etag, "{\"date\": \"1991-07-01\"}").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("date"));

            clock.setToday(LocalDate.parse("1991-07-01"));
            operation(code, "dissolve", etag, "{\"date\": \"1991-07-01\"}").then().statusCode(200)
                    .body("status", equalTo("DISSOLVED")).body("dissolved", equalTo("1991-07-01"));
        }

        @Test
        void lifecycleOperationsNeedIfMatch() {
            String code = Alliances.uniqueCode("LIFEIFM");
            Alliances.create(code, "Needs If-Match");
            given().auth().oauth2(TestTokens.editor()).post("/api/v1/alliances/" + code + "/suspend")
                    .then().statusCode(428);
        }

        private io.restassured.response.Response operation(String code, String op, String etag, String body) {
            var request = given().auth().oauth2(TestTokens.editor()).header("If-Match", etag);
            if (body != null) {
                request = request.contentType("application/json").body(body);
            }
            return request.post("/api/v1/alliances/" + code + "/" + op);
        }
    }

    @Nested
    class Deleting {

        @Test
        void anAdminDeletesWithIfMatchAndTheAllianceIsGone() {
            String code = Alliances.uniqueCode("GONE");
            var created = Alliances.create(code, "Gone");
            UUID id = Alliances.id(created);

            given().auth().oauth2(TestTokens.admin()).header("If-Match", created.header("ETag"))
                    .delete("/api/v1/alliances/" + code)
                    .then().statusCode(204);

            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            List<String> types = KafkaEvents.about(TOPIC, id.toString(), e -> e.size() >= 2, WAIT).stream()
                    .map(DomainEvent::type).toList();
            assertEquals("org.entente.alliance.deleted.v1", types.get(1));
        }

        @Test
        void deletingNeedsTheAdminRole() {
            String code = Alliances.uniqueCode("KEEP");
            String etag = Alliances.create(code, "Keep").header("ETag");
            AccessMatrix.requires(Roles.ADMIN, request -> request.header("If-Match", "\"999\"")
                    .delete("/api/v1/alliances/" + code));
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().statusCode(200).header("ETag", etag);
        }

        @Test
        void anUnknownAllianceIsNotFound() {
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/NO_SUCH_ALLIANCE")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("NO_SUCH_ALLIANCE"));
        }
    }
}
