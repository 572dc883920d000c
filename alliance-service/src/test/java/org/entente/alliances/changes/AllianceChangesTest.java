package org.entente.alliances.changes;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.outbox.OutboxCleanup;
import org.entente.platform.rest.Cursor;
import org.entente.platform.testing.ChangeFeedMirror;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The change feed of alliances: what a client that pulls sees, deletions and memberships included. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AllianceChangesTest {

    private static final String FEED = "/api/v1/alliances/changes";

    @Inject
    OutboxCleanup cleanup;

    @Test
    void withoutACursorTheFeedAnswersNoChangesAndTheCursorOfNow() {
        String before = cursorOfNow();
        String earlier = create(code());
        await().until(() -> changes(before).getList("items.record.code").contains(earlier)); // the feed has it
        String now = cursorOfNow();
        String later = create(code());

        await().until(() -> !changes(now).getList("items").isEmpty());
        JsonPath page = changes(now);
        assertEquals(List.of(later), page.getList("items.record.code"));
        assertEquals(List.of("CREATED"), page.getList("items.change"));
    }

    @Test
    void aRecordsChangesComeInOrderWithItsStatesAndItsDeletionIsATombstone() {
        String cursor = cursorOfNow();
        String code = create(code());
        String id = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().extract().path("id");
        patch(code, "{\"name\": \"Renamed " + code + "\"}", etag(code));
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"FIN\", \"role\": \"MEMBER\", \"joined\": \"2023-04-04\"}")
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(code)).delete("/api/v1/alliances/" + code)
                .then().statusCode(204);

        List<Map<String, Object>> mine = await().until(() -> changesOf(cursor, id), c -> c.size() == 4);
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED", "DELETED"), mine.stream().map(c -> c.get("change")).toList());
        assertEquals(List.of("org.entente.alliance.created.v1", "org.entente.alliance.updated.v1",
                "org.entente.alliance.member-admitted.v1", "org.entente.alliance.deleted.v1"), mine.stream().map(c -> c.get("type")).toList());
        assertEquals("Renamed " + code, ((Map<?, ?>) mine.get(1).get("record")).get("name"));
        assertEquals("FIN", ((Map<?, ?>) ((Map<?, ?>) mine.get(2).get("details")).get("membership")).get("country"));
        assertEquals(null, mine.get(3).get("record"));
        assertEquals(id, ((Map<?, ?>) mine.get(0).get("record")).get("id"));
    }

    @Test
    void aClientThatReadsEverythingThenFollowsTheFeedEndsWithTheServersAlliancesWhateverRanMeanwhile() {
        CompletableFuture<Void> writer = CompletableFuture.runAsync(this::writeForAWhile);
        ChangeFeedMirror client = new ChangeFeedMirror("/api/v1/alliances");
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.isDone() && client.caughtUp());
        writer.join();
    }

    @Test
    void aCursorOlderThanTheFeedKeepsIsGone() {
        String old = cursorOfNow();
        create(code());
        await().until(() -> !changes(old).getList("items").isEmpty());
        // what retention would do after entente.outbox.retention: every sent event goes, and the horizon moves past it
        await().until(() -> cleanup.deleteSentBefore(Instant.now().plusSeconds(1)) >= 0 && given().auth().oauth2(TestTokens.reader())
                .queryParam("after", old).get(FEED).statusCode() == 410);

        given().auth().oauth2(TestTokens.reader()).queryParam("after", old).get(FEED).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:entente:problem:changes-expired"))
                .body("detail", containsString("Read the collection whole again"));
        given().auth().oauth2(TestTokens.reader()).queryParam("after", cursorOfNow()).get(FEED).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aCursorThatIsNotOneOfTheFeedIsABadRequestAndALimitIsChecked() {
        given().auth().oauth2(TestTokens.reader()).queryParam("after", "not-a-cursor").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().auth().oauth2(TestTokens.reader()).queryParam("after", cursorOfNow()).queryParam("limit", "0").get(FEED)
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aCursorAheadOfTheFeedIsGone() {
        String ahead = Cursor.encode("changes", List.of("999999999")); // a feed cursor, as a feed with far more changes made it
        given().auth().oauth2(TestTokens.reader()).queryParam("after", ahead).get(FEED).then().statusCode(410)
                .body("detail", containsString("ahead of the feed"));
    }

    @Test
    void theFeedIsDocumentedWithItsProblemAnswersAndTheTokenItNeeds() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/alliances/changes'.get.operationId", equalTo("listAllianceChanges"))
                .body("paths.'/api/v1/alliances/changes'.get.tags", org.hamcrest.Matchers.contains("Alliances"))
                .body("paths.'/api/v1/alliances/changes'.get.parameters.name", org.hamcrest.Matchers.hasItems("after", "limit"))
                .body("paths.'/api/v1/alliances/changes'.get.responses.'410'.description", containsString("read everything again"))
                .body("paths.'/api/v1/alliances/changes'.get.security", equalTo(List.of(Map.of("bearer", List.of("reader")))))
                .body("paths.'/api/v1/alliances/changes'.get.responses.'200'.content.'application/json'.schema.$ref",
                        containsString("ChangePage"));
    }

    @Test
    void readingTheFeedNeedsAToken() {
        given().get(FEED).then().statusCode(401);
    }

    /** Creates, renames, admits and deletes alliances of its own, one request after another. */
    private void writeForAWhile() {
        for (int i = 0; i < 12; i++) {
            String code = create(code());
            patch(code, "{\"name\": \"Changed " + code + "\"}", etag(code));
            if (i % 3 == 0) {
                given().auth().oauth2(TestTokens.admin()).header("If-Match", etag(code)).delete("/api/v1/alliances/" + code)
                        .then().statusCode(204);
            }
        }
    }

    private static List<Map<String, Object>> changesOf(String cursor, String id) {
        return ChangeFeedMirror.changesOf(FEED, cursor, id);
    }

    private static JsonPath changes(String cursor) {
        return ChangeFeedMirror.changes(FEED, cursor);
    }

    private static String cursorOfNow() {
        return ChangeFeedMirror.cursorOfNow(FEED);
    }

    private static String code() {
        return "CF_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    private static String create(String code) {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("""
                {"code": "%s", "name": "Feed %s", "kind": "COLLECTIVE_DEFENSE", "region": "EURO_ATLANTIC", "founded": "1949-04-04",
                 "foundingTreaty": "Test Treaty", "headquarters": "Brussels, Belgium", "focusAreas": ["DETERRENCE"],
                 "obligations": ["DEFENSE"], "collectiveDefenseClause": "Article 5"}""".formatted(code, code))
                .post("/api/v1/alliances").then().statusCode(201).body("deleted", nullValue());
        return code;
    }

    private static String etag(String code) {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().statusCode(200)
                .extract().header("ETag");
    }

    private static String patch(String code, String body, String etag) {
        return given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(body).patch("/api/v1/alliances/" + code).then().statusCode(200).extract().header("ETag");
    }
}
