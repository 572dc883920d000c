package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseApiTest {

    static final Duration WAIT = Duration.ofSeconds(20);


    @Nested
    class Creating {

        @Test
        void aPlannedExerciseIsReadableWithItsETagAndPublished() {
            var created = Exercises.plan("RIMPAC " + Exercises.marker());
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith(Exercises.PATH + "/" + id));

            Exercises.get(id).then().statusCode(200)
                    .header("ETag", created.header("ETag"))
                    .body("status", equalTo("PLANNED"))
                    .body("allowedOperations", contains("announce", "start", "cancel"))
                    .body("hosts", contains("USA"))
                    .body("participants.country", contains("USA", "AUS", "JPN"))
                    .body("participants[1].ships", equalTo(2))
                    .body("location.latitude", equalTo(21.35f))
                    .body("start", equalTo("2030-06-27"));

            DomainEvent planned = KafkaEvents.about(Exercises.TOPIC, id, e -> !e.isEmpty(), WAIT).get(0);
            assertEquals("org.entente.exercise.planned.v1", planned.type());
            assertEquals("/exercise-service", planned.source());
            assertTrue(planned.dataAsString().contains("\"participants\":[{\"country\":\"USA\""), planned.dataAsString());
        }

        @Test
        void aDateKnownOnlyToTheMonthIsKeptAsAMonth() {
            String id = Exercises.create(Exercises.body("Month " + Exercises.marker(), "2023-08", "2023-08")).path("id");
            Exercises.get(id).then().body("start", equalTo("2023-08")).body("end", equalTo("2023-08"));
        }

        @Test
        void aTakenNameIsAConflict() {
            String name = "Twin " + Exercises.marker();
            Exercises.plan(name);
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(Exercises.body(name, "2030-01-01", "2030-01-02"))
                    .post(Exercises.PATH).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString(name));
        }

        @Test
        void everyBrokenRuleIsAProblemNamingTheFieldAndCreatesNothing() {
            String marker = Exercises.marker();
            String good = Exercises.body("Refused " + marker, "2030-06-27", "2030-08-01");
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("end", Exercises.body("Refused " + marker, "2030-06-27", "2030-06-26"));
            bad.put("location.latitude", good.replace("\"latitude\": 21.35", "\"latitude\": 95"));
            bad.put("location.longitude", good.replace("\"longitude\": -157.95", "\"longitude\": -181"));
            bad.put("hosts[0]", good.replace("\"hosts\": [\"USA\"]", "\"hosts\": [\"GBR\"]"));
            bad.put("hosts[1]", good.replace("\"hosts\": [\"USA\"]", "\"hosts\": [\"USA\", \"XXX\"]"));
            bad.put("participants[1].country", good.replace("\"country\": \"AUS\"", "\"country\": \"XYZ\""));
            bad.put("participants[2].country", good.replace("\"JPN\"", "\"AUS\""));
            bad.put("participants[1].personnel", good.replace("\"personnel\": 1600", "\"personnel\": -1"));
            bad.put("types", good.replace("\"types\": [\"SEA\", \"AIR\"]", "\"types\": [\"SPACE\"]"));
            bad.put("start", good.replace("\"start\": \"2030-06-27\"", "\"start\": \"2030-13\""));
            bad.put("region", good.replace("\"region\": \"INDO_PACIFIC\"", "\"region\": \"MOON\""));
            bad.put("colour", good.replace("\"series\"", "\"colour\": \"blue\", \"series\""));
            bad.put("name", good.replace("\"name\": \"Refused " + marker + "\",", ""));
            bad.put("alliance", good.replace("\"series\"", "\"alliance\": \"nato\", \"series\""));
            List<Executable> checks = new ArrayList<>();
            bad.forEach((field, body) -> {
                var response = given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(body)
                        .post(Exercises.PATH).then().extract();
                checks.add(() -> assertEquals(400, response.statusCode(), field + ": " + response.asString()));
                List<String> fields = response.path("errors.field");
                checks.add(() -> assertTrue(fields != null && fields.stream().anyMatch(f -> f.startsWith(field)),
                        field + ": " + response.asString()));
            });
            assertAll(checks);
            given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?q=" + marker).then().body("items", org.hamcrest.Matchers.empty());
        }

        @Test
        void anExerciseMadeHereNeedsANameAHostAndARegion() {
            String good = Exercises.body("Incomplete " + Exercises.marker(), "2030-06-27", "2030-08-01");
            Map<String, String> missing = Map.of(
                    "name", good.replaceFirst("\"name\": \"[^\"]*\",", "\"name\": \" \","),
                    "hosts", good.replace("\"hosts\": [\"USA\"]", "\"hosts\": []"),
                    "region", good.replace("\"region\": \"INDO_PACIFIC\", ", ""));
            missing.forEach((field, body) -> given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(body)
                    .post(Exercises.PATH).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem(field)));
        }

        @Test
        void malformedJsonWrongMediaTypeAndOversizedBodiesAreProblems() {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{\"name\": ")
                    .post(Exercises.PATH).then().statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.editor()).contentType("text/plain").body("name=RIMPAC")
                    .post(Exercises.PATH).then().statusCode(415).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"name\": \"" + "x".repeat(1_100_000) + "\"}")
                    .post(Exercises.PATH).then().statusCode(413).contentType("application/problem+json");
        }

        @Test
        void creatingNeedsTheEditorRole() {
            AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json").body("{}").post(Exercises.PATH));
        }
    }

    @Nested
    class Updating {

        private io.restassured.response.Response patch(String id, String etag, String body) {
            var request = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").body(body);
            if (etag != null) {
                request = request.header("If-Match", etag);
            }
            return request.patch(Exercises.PATH + "/" + id);
        }

        @Test
        void aMergePatchChangesWhatItNamesAndPublishesTheChangedFields() {
            var created = Exercises.plan("Patched " + Exercises.marker());
            String id = created.path("id");
            patch(id, created.header("ETag"), "{\"location\": null, \"types\": [\"SEA\", \"AMPHIBIOUS\"], \"end\": \"2030-08\"}")
                    .then().statusCode(200)
                    .header("ETag", not(created.header("ETag")))
                    .body("location", equalTo(null))
                    .body("types", contains("SEA", "AMPHIBIOUS"))
                    .body("end", equalTo("2030-08"))
                    .body("series", equalTo("RIMPAC"));
            assertEquals(List.of("planned", "updated"), Exercises.eventTypes(id, 2));
            String data = KafkaEvents.about(Exercises.TOPIC, id, e -> e.size() >= 2, WAIT).get(1).dataAsString();
            assertTrue(data.contains("\"changed\":[\"types\",\"location\",\"end\"]"), data);
        }

        @Test
        void ifMatchIsRequiredAStaleOneFailsAndOfTwoConcurrentWritersOneWins() throws Exception {
            var created = Exercises.plan("Raced " + Exercises.marker());
            String id = created.path("id");
            String etag = created.header("ETag");
            patch(id, null, "{\"series\": \"X\"}").then().statusCode(428).contentType("application/problem+json");
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> a = () -> { start.await(); return patch(id, etag, "{\"series\": \"A\"}").statusCode(); };
                Callable<Integer> b = () -> { start.await(); return patch(id, etag, "{\"series\": \"B\"}").statusCode(); };
                List<Integer> statuses = new ArrayList<>();
                for (var f : pool.invokeAll(List.of(a, b))) {
                    statuses.add(f.get());
                }
                assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
            } finally {
                pool.shutdownNow();
            }
            patch(id, etag, "{\"series\": \"C\"}").then().statusCode(412).contentType("application/problem+json");
            Exercises.get(id).then().body("series", org.hamcrest.Matchers.oneOf("A", "B"));
        }

        @Test
        void participantsAreNotPatchedAndAFinishedExerciseDoesNotChange() {
            var created = Exercises.plan("Frozen " + Exercises.marker());
            String id = created.path("id");
            patch(id, created.header("ETag"), "{\"participants\": []}").then().statusCode(400)
                    .body("errors[0].field", equalTo("participants"));
            String etag = Exercises.operate(id, "cancel", created.header("ETag"), "{\"reason\": \"Typhoon\"}").then().statusCode(200)
                    .extract().header("ETag");
            patch(id, etag, "{\"series\": \"Y\"}").then().statusCode(409);
            Exercises.get(id).then().body("series", equalTo("RIMPAC")).body("statusReason", equalTo("Typhoon"));
        }
    }

    @Nested
    class Lifecycle {

        private static final List<String> OPERATIONS = List.of("announce", "start", "complete", "cancel");
        private static final Map<String, Map<String, String>> TRANSITIONS = Map.of(
                "PLANNED", Map.of("announce", "ANNOUNCED", "start", "IN_PROGRESS", "cancel", "CANCELLED"),
                "ANNOUNCED", Map.of("start", "IN_PROGRESS", "cancel", "CANCELLED"),
                "IN_PROGRESS", Map.of("complete", "COMPLETED", "cancel", "CANCELLED"),
                "COMPLETED", Map.of(),
                "CANCELLED", Map.of());
        private static final Map<String, List<String>> PATHS = Map.of(
                "PLANNED", List.of(), "ANNOUNCED", List.of("announce"), "IN_PROGRESS", List.of("start"),
                "COMPLETED", List.of("start", "complete"), "CANCELLED", List.of("cancel"));

        @Test
        void everyOperationInEveryStatusIsAllowedOrRefusedWithTheAllowedOnes() {
            List<Executable> checks = new ArrayList<>();
            for (String status : TRANSITIONS.keySet()) {
                for (String operation : OPERATIONS) {
                    var created = Exercises.plan("Lifecycle " + Exercises.marker());
                    String id = created.path("id");
                    String etag = created.header("ETag");
                    for (String step : PATHS.get(status)) {
                        etag = Exercises.operate(id, step, etag, "{\"reason\": \"Test\"}").then().statusCode(200).extract().header("ETag");
                    }
                    var response = Exercises.operate(id, operation, etag, "{\"reason\": \"Test\"}").then().extract();
                    String target = TRANSITIONS.get(status).get(operation);
                    String what = operation + " in " + status + ": " + response.asString();
                    if (target != null) {
                        checks.add(() -> assertEquals(200, response.statusCode(), what));
                        checks.add(() -> assertEquals(target, response.path("status"), what));
                    } else {
                        checks.add(() -> assertEquals(409, response.statusCode(), what));
                        String detail = response.path("detail");
                        List<String> allowed = OPERATIONS.stream().filter(TRANSITIONS.get(status)::containsKey).toList();
                        checks.add(() -> assertTrue(detail.contains(status)
                                && detail.contains(allowed.isEmpty() ? "none" : String.join(", ", allowed)), what));
                    }
                }
            }
            assertAll(checks);
        }

        @Test
        void eachStepIsPublishedInOrderAndCancellingNeedsAReason() {
            var created = Exercises.plan("Stepped " + Exercises.marker());
            String id = created.path("id");
            String etag = Exercises.operate(id, "announce", created.header("ETag"), null).then().statusCode(200).extract().header("ETag");
            etag = Exercises.operate(id, "start", etag, null).then().statusCode(200).extract().header("ETag");
            Exercises.operate(id, "cancel", etag, null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
            Exercises.operate(id, "cancel", etag, "{}").then().statusCode(400);
            Exercises.operate(id, "complete", etag, null).then().statusCode(200).body("allowedOperations", org.hamcrest.Matchers.empty());
            assertEquals(List.of("planned", "announced", "started", "completed"), Exercises.eventTypes(id, 4));
        }

        @Test
        void operationsNeedIfMatchAndTheEditorRole() {
            var created = Exercises.plan("Guarded " + Exercises.marker());
            String id = created.path("id");
            given().auth().oauth2(TestTokens.editor()).post(Exercises.PATH + "/" + id + "/announce").then().statusCode(428);
            Exercises.operate(id, "announce", "\"99\"", null).then().statusCode(412);
            AccessMatrix.requires(Roles.EDITOR, request -> request.header("If-Match", "\"99\"").post(Exercises.PATH + "/" + id + "/start"));
            given().auth().oauth2(TestTokens.editor()).header("If-Match", created.header("ETag"))
                    .post(Exercises.PATH + "/" + id + "/postpone").then().statusCode(404).contentType("application/problem+json");
            Exercises.get(id).then().header("ETag", created.header("ETag")).body("status", equalTo("PLANNED"));
        }
    }

    @Nested
    class Deleting {

        @Test
        void anAdminDeletesAndTheLastEventIsStillPublished() {
            var created = Exercises.plan("Deleted " + Exercises.marker());
            String id = created.path("id");
            given().auth().oauth2(TestTokens.admin()).header("If-Match", created.header("ETag")).delete(Exercises.PATH + "/" + id)
                    .then().statusCode(204);
            Exercises.get(id).then().statusCode(404).contentType("application/problem+json");
            assertEquals(List.of("planned", "deleted"), Exercises.eventTypes(id, 2));
        }

        @Test
        void deletingNeedsTheAdminRoleAndAnUnknownExerciseIsNotFound() {
            var created = Exercises.plan("Kept " + Exercises.marker());
            String id = created.path("id");
            AccessMatrix.requires(Roles.ADMIN, request -> request.header("If-Match", "\"99\"").delete(Exercises.PATH + "/" + id));
            Exercises.get(id).then().statusCode(200);
            Exercises.get("no-such-exercise").then().statusCode(404).body("detail", containsString("no-such-exercise"));
        }
    }
}
