package org.entente.exercises.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.entente.exercises.exercise.Exercises;
import org.entente.exercises.outbox.ExerciseRelay;
import org.entente.exercises.stream.SseClient;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.Scrape;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Importing the MME file: each row an exercise created through the service's rules with its events,
 * every rejected row explained, a re-import changing nothing. Each test's rows carry a series of their
 * own, so {@code series=} finds one test's exercises.
 */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class MmeImportTest {

    @Inject
    ExerciseRelay relay;

    @TestHTTPResource("/api/v1/exercises/events")
    URI stream;

    private static JsonPath exercises(String query) {
        return given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** The events about an exercise once there are {@code count} (other imports' events may still be on their way before them). */
    private static List<DomainEvent> published(String id, int count) {
        return KafkaEvents.about(Exercises.TOPIC, id, events -> events.size() >= count, Duration.ofSeconds(60));
    }

    private static List<UUID> eventIds(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::id).toList();
    }

    private static List<String> ids(String query) {
        return exercises(query).getList("items.id");
    }

    @Test
    void everyRowBecomesAnExerciseOrARejectionWithItsLineSourceIdAndReason() {
        String series = Exercises.marker();
        JsonPath job = Imports.run(MmeFile.of(
                MmeFile.row(series + "a").name("Sea Shield " + series).series(series).location("off Constanta, Romania", 44.1, 28.9)
                        .start(1997, 8, 25).end(1997, 9, 5).types("Sea", "Amphibious", "Warfighting").focus("mine countermeasures")
                        .states("Romania", "Bulgaria", "United States", "Romania", "NATO"),
                MmeFile.row(series + "b").series(series).location("Lower Silesia", 51.1, 16.9).start(1985, 9, null).end(1985, 9, null)
                        .types("Land").states("Poland", "Russia", "German Democratic Republic", "-9"),
                MmeFile.row(series + "c").series(series).start(1984, 6, 20).end(1984, 3, 1).states("Spain", "France"),
                MmeFile.row(series + "b").name("Ocean Link " + series).series(series).location("Sea of Japan", 40.0, 135.0)
                        .start(2004, 5, 3).end(2004, 5, 10).types("Sea").states("Japan", "South Korea"),
                MmeFile.row(series + "d").series(series).start(1990, 2, 30).end(1990, 3, 2).states("Italy", "Greece")));

        assertEquals("COMPLETED", job.getString("status"));
        assertEquals("mme-7", job.getString("dataSet"));
        assertEquals(5, job.getInt("rowsRead"));
        assertEquals(3, job.getInt("created"));
        assertEquals(2, job.getInt("rejected"));
        List<Map<String, Object>> rejections = job.getList("rejections");
        assertEquals(4, rejections.get(0).get("line"));
        assertEquals(series + "c", rejections.get(0).get("sourceId"));
        assertTrue(((String) rejections.get(0).get("reason")).startsWith("dates contradict: it ends (EndDate 3/1/84) before it starts"
                + " (StartDate 6/20/84)"), rejections.toString());
        assertEquals(Map.of("line", 6, "sourceId", series + "d", "reason", "not a day: s.day is 30, but 1990-02 has 28 days"),
                rejections.get(1));

        JsonPath found = exercises("series=" + series + "&sort=start");
        assertEquals(List.of(series + "b", series + "a", series + "b#2"), found.getList("items.provenance.sourceId"));
        assertEquals(Map.of("dataSet", "mme-7", "title", ExerciseDataSets.MME.title(), "sourceId", series + "a",
                "citation", ExerciseDataSets.MME.citation()), found.getMap("items[1].provenance"));
        assertEquals("Sea Shield " + series, found.getString("items[1].name"));
        assertEquals(List.of("ROU", "BGR", "USA"), found.getList("items[1].participants.country"), "Romania once");
        assertEquals(List.of("PARTICIPANT", "PARTICIPANT", "PARTICIPANT"), found.getList("items[1].participants.role"));
        assertEquals(List.of("NATO"), found.getList("items[1].unmatchedParticipants.name"));
        assertEquals(List.of(), found.getList("items[1].hosts"), "the data set names no host");
        assertEquals(List.of("SEA", "AMPHIBIOUS", "WARFIGHTING"), found.getList("items[1].types"));
        assertEquals("EURO_ATLANTIC", found.getString("items[1].region"));
        assertEquals(List.of("mine countermeasures"), found.getList("items[1].objectives"));
        assertEquals("COMPLETED", found.getString("items[1].status"), "1997: the calendar has completed it");

        assertNull(found.get("items[0].name"), "no name is invented");
        assertEquals("Unnamed exercise, 1985-09, Lower Silesia (mme-7 " + series + "b)", found.getString("items[0].label"));
        assertEquals("1985-09", found.getString("items[0].start"));
        assertEquals(List.of("POL", "SUHH", "DDDE"), found.getList("items[0].participants.country"));
        assertEquals(List.of("-9"), found.getList("items[0].unmatchedParticipants.name"));
        assertEquals("Ocean Link " + series, found.getString("items[2].label"));
    }

    @Test
    void aFileOfSeveralBatchesImportsEveryRecordWithItsEventsAndRejectsEachBadRowAloneInFileOrder() {
        String series = Exercises.marker();
        List<MmeFile.Row> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            MmeFile.Row row = MmeFile.row(series + i).series(series).start(1990 + i % 20, 4, 2).types("Land").states("Norway", "Denmark");
            rows.add(i % 50 == 7 ? row.end(1989, 1, 1) : row.end(1990 + i % 20, 4, 9)); // rows 7, 57 and 107 end before they start
        }
        rows.add(MmeFile.row(series + 3).series(series).start(2001, 1, 1).end(2001, 1, 2).states("Chile", "Peru"));

        JsonPath job = Imports.run(MmeFile.of(rows));

        assertEquals(List.of("COMPLETED", 121, 118, 3), List.of(job.getString("status"), job.getInt("rowsRead"), job.getInt("created"),
                job.getInt("rejected")));
        assertEquals(List.of(series + 7, series + 57, series + 107), job.getList("rejections.sourceId"), "in file order");
        assertEquals(List.of(9, 59, 109), job.getList("rejections.line"));
        Map<String, String> imported = new HashMap<>();
        for (String after = null; ; ) {
            JsonPath page = exercises("series=" + series + "&limit=100" + (after == null ? "" : "&after=" + after));
            List<String> sourceIds = page.getList("items.provenance.sourceId");
            for (int i = 0; i < sourceIds.size(); i++) {
                imported.put(sourceIds.get(i), page.getString("items[" + i + "].id"));
            }
            after = page.getString("next");
            if (after == null) {
                break;
            }
        }
        assertEquals(118, imported.size());
        assertTrue(imported.containsKey(series + "3#2"), "the repeated MMEID keyed by its place in the file");
        String oneOfTheLastBatch = imported.get(series + 119);
        assertEquals(3, published(oneOfTheLastBatch, 3).size(), "planned, started, completed, like one imported alone");
    }

    @Test
    void anEndedImportIsCountedByHowItEndedWithItsRejectedRowsInTheMetrics() {
        String series = Exercises.marker();
        Scrape before = Scrape.ofApp();

        JsonPath job = Imports.run(MmeFile.of(
                MmeFile.row(series + "a").series(series).start(2003, 5, 1).end(2003, 5, 9).states("Chile", "Peru"),
                MmeFile.row(series + "b").series(series).start(2003, 5, 9).end(2003, 5, 1).states("Chile", "Peru")));

        assertEquals(1, job.getInt("rejected"));
        Scrape after = Scrape.ofApp();
        assertEquals(before.value("entente_imports_total", "data_set", "mme-7", "status", "completed") + 1,
                after.value("entente_imports_total", "data_set", "mme-7", "status", "completed"));
        assertEquals(before.value("entente_import_rows_rejected_total", "data_set", "mme-7") + 1,
                after.value("entente_import_rows_rejected_total", "data_set", "mme-7"));
        assertEquals(0, after.value("entente_imports_running", "data_set", "mme-7"), "none running once it ended");
        assertTrue(after.has("entente_imports_running"));
    }

    @Test
    void importingTheSameFileAgainCreatesUpdatesAndPublishesNothing() {
        String series = Exercises.marker();
        MmeFile file = MmeFile.of(
                MmeFile.row(series + "a").name("Cold Anchor").series(series).location("northern Norway", 69.6, 18.9)
                        .start(1986, 3, 10).end(1986, 3, 21).types("Land", "Warfighting").states("Norway", "United Kingdom"),
                MmeFile.row(series + "b").series(series).start(1999, 10, null).end(1999, 10, null).types("Humanitarian")
                        .states("Kenya", "Tanzania", "Uganda"));
        assertEquals(2, Imports.run(file).getInt("created"));
        List<String> ids = ids("series=" + series);
        Map<String, List<DomainEvent>> published = Map.of(ids.get(0), published(ids.get(0), 3), ids.get(1), published(ids.get(1), 3));
        for (List<DomainEvent> events : published.values()) {
            assertEquals(List.of("org.entente.exercise.planned.v1", "org.entente.exercise.started.v1", "org.entente.exercise.completed.v1"),
                    events.stream().map(DomainEvent::type).toList(), "like any exercise recorded after the fact");
        }
        String etag = Exercises.get(ids.get(0)).header("ETag");

        JsonPath again = Imports.run(file);

        assertEquals(List.of(0, 0, 2, 0), List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged"),
                again.getInt("rejected")));
        for (String id : ids) {
            assertEquals(eventIds(published.get(id)), eventIds(KafkaEvents.settled(relay, Exercises.TOPIC, id)), "nothing more published");
        }
        assertEquals(etag, Exercises.get(ids.get(0)).header("ETag"), "not written");
        assertEquals(ids, ids("series=" + series));
    }

    @Test
    void aCorrectedRowUpdatesItsExerciseAndPublishesOneUpdateEvent() {
        String series = Exercises.marker();
        MmeFile.Row kept = MmeFile.row(series + "a").name("Desert Gate").series(series).location("Kuwait City", 29.37, 47.98)
                .start(2003, 4, 1).end(2003, 4, 12).types("Land").states("Kuwait", "United States");
        Imports.run(MmeFile.of(kept, MmeFile.row(series + "b").name("Reef Guard").series(series).location("Gulf of Thailand", 9.5, 101.5)
                .start(2001, 5, 14).end(2001, 5, 20).types("Sea").states("Thailand", "Singapore")));
        String corrected = ids("series=" + series + "&q=Reef").get(0);
        String untouched = ids("series=" + series + "&q=Desert").get(0);
        List<DomainEvent> before = published(untouched, 3);

        JsonPath job = Imports.run(MmeFile.of(kept, MmeFile.row(series + "b").name("Reef Guard").series(series)
                .location("Gulf of Thailand, off Sattahip", 9.5, 101.5).start(2001, 5, 14).end(2001, 5, 20).types("Sea")
                .states("Thailand", "Singapore", "Malaysia")));

        assertEquals(List.of(0, 1, 1), List.of(job.getInt("created"), job.getInt("updated"), job.getInt("unchanged")));
        Exercises.get(corrected).then().body("location.text", equalTo("Gulf of Thailand, off Sattahip"))
                .body("participants.country", contains("THA", "SGP", "MYS")).body("status", equalTo("COMPLETED"));
        assertEquals(List.of("planned", "started", "completed", "updated"), Exercises.eventTypes(corrected, 4));
        List<DomainEvent> events = KafkaEvents.settled(relay, Exercises.TOPIC, corrected);
        assertEquals(4, events.size(), "one update event");
        String update = events.get(3).dataAsString();
        assertTrue(update.contains("\"changed\":[\"location\",\"participants\"]") && update.contains("\"provenance\":{"), update);
        assertEquals(eventIds(before), eventIds(KafkaEvents.settled(relay, Exercises.TOPIC, untouched)));
    }

    @Test
    void curatedExercisesStayAsTheyAreAndSourceSelectsWhereExercisesComeFrom() {
        String series = Exercises.marker();
        String name = "Harbour Watch " + series;
        var curated = Exercises.create(Exercises.body(name, "2030-06-27", "2030-08-01").replace("\"RIMPAC\"", "\"" + series + "\""));

        JsonPath job = Imports.run(MmeFile.of(MmeFile.row(series + "a").name(name).series(series).start(1996, 6, 3).end(1996, 6, 9)
                .states("Denmark", "Sweden")));

        assertEquals(1, job.getInt("created"), "an imported exercise may share a name with one made here");
        Exercises.get(curated.path("id")).then().header("ETag", curated.header("ETag")).body("provenance", nullValue())
                .body("unmatchedParticipants", empty());
        assertEquals(List.of(curated.<String>path("id")), ids("series=" + series + "&source=curated"));
        assertEquals(1, exercises("series=" + series + "&source=mme-7").getList("items").size());
        assertEquals(2, exercises("series=" + series).getList("items").size());
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?source=atop").then().statusCode(400)
                .body("errors[0].field", equalTo("source")).body("errors[0].message", containsString("curated, mme-7"));
        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(Exercises.body(name, "2031-01-01", "2031-01-02"))
                .post(Exercises.PATH).then().statusCode(409).body("detail", containsString(name));
    }

    @Test
    void theExerciseFiltersFindImportedExercises() {
        String series = Exercises.marker();
        Imports.run(MmeFile.of(
                MmeFile.row(series + "a").name("Steppe Shield").series(series).location("Almaty, Kazakhstan", 43.24, 76.89)
                        .start(1989, 8, null).end(1989, 9, 2).types("Land", "Peacekeeping").states("Russia", "Mongolia"),
                MmeFile.row(series + "b").series(series).location("Red Sea", 20.0, 38.5).start(2006, 11, 20).end(2006, 11, 28)
                        .types("Sea").states("Egypt", "France", "United States"),
                MmeFile.row(series + "c").name("Atlantic Bridge").series(series).start(2008, 1, 7).end(2008, 1, 18).types("CPX")
                        .states("Canada", "United States")));
        String filter = "series=" + series + "&";

        assertEquals(List.of("Steppe Shield"), exercises(filter + "country=SUHH").getList("items.name"));
        assertEquals(2, exercises(filter + "country=USA").getList("items").size());
        assertEquals(List.of("Steppe Shield"), exercises(filter + "from=1989-08-31&to=1989-08-31").getList("items.name"),
                "a month-only start counts as the whole month");
        assertEquals(List.of("Steppe Shield"), exercises(filter + "type=PEACEKEEPING").getList("items.name"));
        assertEquals(List.of("Atlantic Bridge"), exercises(filter + "type=COMMAND_POST").getList("items.name"));
        assertEquals(List.of("Steppe Shield"), exercises(filter + "region=EURASIA").getList("items.name"));
        assertEquals(1, exercises(filter + "region=MIDDLE_EAST").getList("items").size());
        assertEquals(List.of(), exercises(filter + "region=INDO_PACIFIC").getList("items"), "no coordinates: no region");
        assertEquals(3, exercises(filter + "status=COMPLETED").getList("items").size());
        List<String> byName = new ArrayList<>();
        byName.add(null);
        byName.addAll(List.of("Atlantic Bridge", "Steppe Shield"));
        assertEquals(byName, exercises(filter + "sort=name").getList("items.name"), "without a name first");
    }

    @Test
    void anImportedExercisePublishesItsEventsOnTheLiveStreamLikeAnyOther() throws Exception {
        String series = Exercises.marker();
        try (SseClient client = new SseClient(URI.create(stream + "?country=VUT"), TestTokens.reader(), null)) {
            assertEquals(200, client.status());

            Imports.run(MmeFile.of(MmeFile.row(series + "a").name("Island Aid").series(series).location("Port Vila", -17.73, 168.32)
                    .start(2004, 2, 9).end(2004, 2, 13).types("Humanitarian").states("Vanuatu", "Australia")));

            List<SseClient.Frame> frames = client.readUntil(f -> "org.entente.exercise.completed.v1".equals(f.event())
                    && f.data().contains(series), Duration.ofSeconds(30)).stream().filter(f -> f.data().contains(series)).toList();
            assertEquals(List.of("org.entente.exercise.planned.v1", "org.entente.exercise.started.v1", "org.entente.exercise.completed.v1"),
                    frames.stream().map(SseClient.Frame::event).toList());
            assertTrue(frames.get(0).data().contains("\"provenance\":{\"dataSet\":\"mme-7\"") && frames.get(0).data()
                    .contains("\"region\":\"INDO_PACIFIC\""), frames.get(0).data());
        }
    }

    @Test
    void anImportIsAcceptedAsAJobWhoseProgressIsVisibleWhileItRunsAndPastImportsAreListedNewestFirst() {
        String series = Exercises.marker();
        List<MmeFile.Row> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            rows.add(MmeFile.row(series + i).series(series).start(2000 + i % 10, 1 + i % 12, null).end(2000 + i % 10, 1 + i % 12, null)
                    .types("Air").states("Australia", "New Zealand"));
        }
        var answer = Imports.post(MmeFile.of(rows).csv().getBytes(StandardCharsets.UTF_8)).then().statusCode(202)
                .body("status", equalTo("RUNNING")).body("dataSet", equalTo("mme-7")).extract();
        String id = answer.path("id");
        assertTrue(answer.header("Location").endsWith(Imports.PATH + "/" + id), answer.header("Location"));

        JsonPath running = Awaitility.await("progress").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> Imports.job(id), job -> job.getInt("rowsRead") > 0 || !"RUNNING".equals(job.getString("status")));
        assertEquals("RUNNING", running.getString("status"), "seen while it ran");
        assertTrue(running.getInt("rowsRead") < 1500, running.prettify());
        JsonPath ended = Imports.ended(id, Duration.ofSeconds(60));
        assertEquals(1500, ended.getInt("created"));
        assertTrue(ended.getDouble("elapsedSeconds") > 0);

        JsonPath later = Imports.run(MmeFile.of(rows.get(0)));
        JsonPath list = given().auth().oauth2(TestTokens.admin()).get(Imports.PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(later.getString("id"), id), list.getList("items.id").subList(0, 2));
        assertNull(list.get("items[0].rejections"), "the list leaves out the rejected rows");
        assertNull(list.get("next"));
    }
}
