package org.entente.exercises.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.mongodb.client.MongoClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alliances this service knows, learnt from real events on alliances.events through a real broker. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class AllianceReadModelTest {

    @Inject
    AllianceReadModel alliances;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @BeforeEach
    void natoIsKnown() {
        AllianceEvents.natoKnownTo(alliances);
    }

    private static String linkedToNato(String name, String start) {
        return """
                {"name": "%s", "hosts": ["USA"], "region": "EURO_ATLANTIC", "alliance": "NATO", "start": "%s", "end": "%s",
                 "participants": [{"country": "USA", "role": "HOST"}, {"country": "DEU", "role": "PARTICIPANT"},
                                  {"country": "FIN", "role": "PARTICIPANT"}, {"country": "SWE", "role": "OBSERVER"}]}"""
                .formatted(name, start, start);
    }

    @Test
    void anExerciseFlagsTheParticipantsThatWereNotMembersOfItsAllianceOnItsStartDay() {
        String before = Exercises.create(linkedToNato("Before Finland " + Exercises.marker(), "2022-06-01")).path("id");
        String after = Exercises.create(linkedToNato("After Finland " + Exercises.marker(), "2024-03-04")).path("id");

        Exercises.get(before).then().body("allianceNonMembers", contains("FIN"));
        Exercises.get(after).then().body("allianceNonMembers", empty());
        String plain = Exercises.plan("No alliance " + Exercises.marker()).path("id");
        Exercises.get(plain).then().body("allianceNonMembers", nullValue());
    }

    @Test
    void anUnknownLinkedAllianceIsRefusedNamingTheField() {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body(linkedToNato("Unknown " + Exercises.marker(), "2024-01-01").replace("\"NATO\"", "\"SEATO\""))
                .post(Exercises.PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("alliance"));
    }

    @Test
    void exercisesAreFoundByTheirAlliance() {
        String marker = Exercises.marker();
        Exercises.create(linkedToNato("Steadfast " + marker, "2024-02-01"));
        Exercises.create(Exercises.body("Unlinked " + marker, "2024-02-01", "2024-02-02"));
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?alliance=NATO&q=" + marker).then()
                .body("items.name", contains("Steadfast " + marker));
    }

    @Test
    void anUpdateCarryingEveryMembershipReplacesThePeriodsKnown() {
        String id = UUID.randomUUID().toString();
        String alliance = "{\"id\": \"" + id + "\", \"code\": \"ATOP_99123\", \"name\": \"Defense pact (1990)\", \"status\": \"ACTIVE\"}";
        String usa = UUID.randomUUID().toString();
        String can = UUID.randomUUID().toString();
        alliances.apply(event("alliance.member-admitted.v1", id, "{\"alliance\": " + alliance + ", \"membership\": {\"id\": \"" + usa
                + "\", \"country\": \"USA\", \"joined\": \"1990-01-01\", \"left\": null}}"));
        alliances.apply(event("alliance.member-admitted.v1", id, "{\"alliance\": " + alliance + ", \"membership\": {\"id\": \"" + can
                + "\", \"country\": \"CAN\", \"joined\": \"1990-01-01\", \"left\": null}}"));
        assertEquals(List.of(), alliances.nonMembers("ATOP_99123", LocalDate.of(2000, 1, 1), List.of("USA", "CAN")));

        // a corrected file: Canada left in 1995, Mexico joined in 1996 (what the ATOP import publishes)
        alliances.apply(event("alliance.updated.v1", id, "{\"alliance\": " + alliance + ", \"changed\": [\"memberships\"],"
                + " \"memberships\": [{\"id\": \"" + can + "\", \"country\": \"CAN\", \"joined\": \"1990-01-01\", \"left\": \"1995-01-01\"},"
                + " {\"id\": \"" + UUID.randomUUID() + "\", \"country\": \"MEX\", \"joined\": \"1996-01-01\", \"left\": null}]}"));
        assertEquals(List.of("USA", "CAN"), alliances.nonMembers("ATOP_99123", LocalDate.of(2000, 1, 1), List.of("USA", "CAN", "MEX")),
                "the United States' period is gone, Canada's ended, Mexico's began");
    }

    @Test
    void aBatchOfEventsOnSeveralAlliancesEndsAsTheSameEventsAppliedOneByOne() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String usa = UUID.randomUUID().toString();
        String can = UUID.randomUUID().toString();
        String mex = UUID.randomUUID().toString();
        DomainEvent admitted = admitted(first, "ATOP_99201", usa, "USA", null);
        List<DomainEvent> batch = List.of(
                admitted,
                admitted(second, "ATOP_99202", UUID.randomUUID().toString(), "FRA", null),
                admitted(first, "ATOP_99201", can, "CAN", null),
                event("alliance.updated.v1", first, "{\"alliance\": " + alliance(first, "ATOP_99201") + ", \"changed\": [\"memberships\"],"
                        + " \"memberships\": [{\"id\": \"" + can + "\", \"country\": \"CAN\", \"joined\": \"1990-01-01\", \"left\": \"1995-01-01\"}]}"),
                admitted(first, "ATOP_99201", mex, "MEX", null),
                admitted);

        assertEquals(5, alliances.applyAll(batch), "the repeated event is applied once");

        LocalDate day = LocalDate.of(2000, 1, 1);
        assertEquals(List.of("USA", "CAN"), alliances.nonMembers("ATOP_99201", day, List.of("USA", "CAN", "MEX")),
                "the full list replaced the periods before it (the United States'), the period after it (Mexico's) stays");
        assertEquals(List.of(), alliances.nonMembers("ATOP_99202", day, List.of("FRA")));
        assertFalse(alliances.apply(batch.get(4)), "each applied event is known afterwards");
    }

    private static String alliance(String id, String code) {
        return "{\"id\": \"" + id + "\", \"code\": \"" + code + "\", \"name\": \"Defense pact (1990)\", \"status\": \"ACTIVE\"}";
    }

    private static DomainEvent admitted(String alliance, String code, String membership, String country, String left) {
        return event("alliance.member-admitted.v1", alliance, "{\"alliance\": " + alliance(alliance, code) + ", \"membership\": {\"id\": \""
                + membership + "\", \"country\": \"" + country + "\", \"joined\": \"1990-01-01\", \"left\": "
                + (left == null ? "null" : "\"" + left + "\"") + "}}");
    }

    private static DomainEvent event(String type, String subject, String json) {
        return new DomainEvent(UUID.randomUUID(), "/alliance-service", DomainEvent.qualifiedType(type), subject, Instant.now(),
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        DomainEvent withdrawn = new DomainEvent(UUID.randomUUID(), "/alliance-service", "org.entente.alliance.member-withdrawn.v1",
                AllianceEvents.NATO_ID, Instant.now(), """
                {"alliance": {"id": "%s", "code": "NATO", "name": "North Atlantic Treaty Organization", "status": "ACTIVE"},
                 "membership": {"id": "%s", "country": "DEU", "joined": "1955-05-06", "left": null}, "changed": ["left"]}"""
                .formatted(AllianceEvents.NATO_ID, UUID.nameUUIDFromBytes("DEU".getBytes())).getBytes(StandardCharsets.UTF_8));
        alliances.apply(withdrawn);
        assertFalse(alliances.apply(withdrawn), "the second delivery of the same ce_id is skipped");
    }

    @Test
    void anAllianceKeepsTheIdsOfItsLastHundredEventsSoARecentRedeliveryIsStillSkipped() {
        String id = UUID.randomUUID().toString();
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            events.add(event("alliance.updated.v1", id, """
                    {"alliance": {"id": "%s", "code": "KEPT_IDS", "name": "Renamed %d", "status": "ACTIVE"}, "changed": ["name"]}"""
                    .formatted(id, i)));
        }
        events.forEach(alliances::apply);

        assertFalse(alliances.apply(events.get(104)), "the latest event again is skipped");
        assertFalse(alliances.apply(events.get(5)), "the hundredth event back is still known");
        List<?> kept = mongo.getDatabase(database).getCollection("alliances").find(new Document("_id", id)).first()
                .getList("appliedEvents", String.class);
        assertEquals(100, kept.size(), "the ids kept stay bounded");
    }
}
