package org.entente.alliances.atop;

import static io.restassured.RestAssured.given;
import static org.entente.alliances.atop.AtopFile.row;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ATOP's rows become alliances with their members over time, as docs/domain.md ("ATOP import") says. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AtopImportTest {

    private static final String TOPIC = "alliances.events";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OutboxRelay relay;

    private static List<Object> counts(JsonPath job) {
        return List.of(job.getString("status"), job.getInt("rowsRead"), job.getInt("created"), job.getInt("updated"),
                job.getInt("unchanged"), job.getInt("rejected"));
    }

    private static List<Object> counts(String status, int rows, int created, int updated, int unchanged, int rejected) {
        return List.of(status, rows, created, updated, unchanged, rejected);
    }

    /** The North Atlantic Treaty's shape: three founders owing defense, non-aggression and consultation, one later member. */
    private static String atlanticPact(long id) {
        return AtopFile.file(
                row(id, 2).entered(1949, 4, 4).owes("defense", "nonagg", "consul"),
                row(id, 20).entered(1949, 4, 4).owes("defense", "nonagg", "consul"),
                row(id, 200).entered(1949, 4, 4).owes("defense", "nonagg", "consul"),
                row(id, 210).entered(1955, 5, 6).owes("defense", "consul"));
    }

    @Nested
    class Mapping {

        @Test
        void anAtopidsRowsBecomeOneAllianceCodedByItsIdNamedByKindFirstMembersAndYearWithItsProvenance() {
            long id = AtopFile.newId();

            assertEquals(counts("COMPLETED", 4, 1, 0, 0, 0), counts(AtopImports.run(atlanticPact(id))));

            JsonPath alliance = AtopImports.alliance(id);
            assertEquals("ATOP_" + id, alliance.getString("code"));
            assertEquals("Defense pact of United States, Canada and United Kingdom, 1949", alliance.getString("name"));
            assertEquals("DEFENSE_PACT", alliance.getString("kind"));
            assertEquals(List.of("DEFENSE", "NON_AGGRESSION", "CONSULTATION"), alliance.getList("obligations"));
            assertEquals("1949-04-04", alliance.getString("founded"));
            assertEquals("DAY", alliance.getString("foundedPrecision"));
            assertNull(alliance.get("region"), "ATOP gives no region, and none is guessed");
            assertEquals("ACTIVE", alliance.getString("status"));
            assertEquals("2018-12-31", alliance.getString("coveredUntil"));
            assertEquals(Map.of("dataSet", "atop-5.1", "title", "ATOP 5.1, member-level file", "sourceId", Long.toString(id),
                    "citation", Atop.CITATION), alliance.getMap("provenance"));
            assertEquals("ATOP 5.1 (Leeds et al. 2002), atopid " + id, alliance.getString("source"));
            assertTrue(alliance.getString("description").contains("atopid " + id), alliance.getString("description"));
        }

        @Test
        void obligationsVaryByMemberAndTheFoundersAreThoseOfTheFirstDay() {
            long id = AtopFile.newId();
            AtopImports.run(atlanticPact(id));

            JsonPath members = given().auth().oauth2(TestTokens.reader())
                    .get(AtopImports.ALLIANCES + "/ATOP_" + id + "/members?history=true").then().statusCode(200).extract().jsonPath();

            assertEquals(List.of("CAN", "GBR", "NLD", "USA"), members.getList("items.country"));
            assertEquals(List.of("FOUNDING_MEMBER", "FOUNDING_MEMBER", "MEMBER", "FOUNDING_MEMBER"), members.getList("items.role"));
            assertEquals(List.of("DEFENSE", "CONSULTATION"), members.getList("items.find { it.country == 'NLD' }.obligations"));
            assertEquals(List.of("DEFENSE", "NON_AGGRESSION", "CONSULTATION"),
                    members.getList("items.find { it.country == 'USA' }.obligations"));
        }

        @Test
        void theKindIsTheStrongestObligationOwedAndAMemberMayOweNothing() {
            long neutrality = AtopFile.newId();
            long protectorate = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(neutrality, 365).entered(1926, 4, 24).exited(1933, 9, 0).owes("neutral", "nonagg"),
                    row(neutrality, 255).entered(1926, 4, 24).exited(1933, 9, 0).owes("neutral", "nonagg"),
                    row(protectorate, 200).entered(1847, 5, 21).exited(1847, 8, 0).owes("defense"),
                    row(protectorate, 235).entered(1847, 5, 21).exited(1847, 8, 0)));

            assertEquals("NEUTRALITY_PACT", AtopImports.alliance(neutrality).getString("kind"));
            assertEquals("Neutrality pact of Soviet Union and Germany, 1926", AtopImports.alliance(neutrality).getString("name"));
            assertEquals("DEFENSE_PACT", AtopImports.alliance(protectorate).getString("kind"));
            given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + protectorate + "/members?history=true")
                    .then().body("items.find { it.country == 'PRT' }.obligations", equalTo(List.of()));
        }

        @Test
        void aDayOrMonthAtopDoesNotKnowIsKeptAsItsPeriodsFirstDayWithItsPrecision() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(id, 200).entered(1844, 6, 0).exited(1846, 6, 29).owes("consul"),
                    row(id, 365).entered(1844, 6, 0).exited(1846, 6, 0).owes("consul")));

            JsonPath alliance = AtopImports.alliance(id);
            assertEquals(List.of("1844-06-01", "MONTH"), List.of(alliance.getString("founded"), alliance.getString("foundedPrecision")));
            assertEquals(List.of("DISSOLVED", "1846-06-29", "DAY"),
                    List.of(alliance.getString("status"), alliance.getString("dissolved"), alliance.getString("dissolvedPrecision")));
            JsonPath russia = given().auth().oauth2(TestTokens.reader())
                    .get(AtopImports.ALLIANCES + "/ATOP_" + id + "/members?history=true").then().extract().jsonPath();
            assertEquals(List.of("1844-06-01", "MONTH", "1846-06-01", "MONTH"), List.of(
                    russia.getString("items.find { it.country == 'RUS' }.joined"),
                    russia.getString("items.find { it.country == 'RUS' }.joinedPrecision"),
                    russia.getString("items.find { it.country == 'RUS' }.left"),
                    russia.getString("items.find { it.country == 'RUS' }.leftPrecision")));
        }

        @Test
        void phasesThatMeetBecomeConsecutivePeriodsWithoutGapOrOverlapEachOwingWhatItsPhaseSays() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(id, 2).entered(1949, 4, 4).exited(1951, 6, 19).phase(1, 2).owes("defense", "nonagg", "consul"),
                    row(id, 20).entered(1949, 4, 4).exited(1951, 6, 19).phase(1, 2).owes("defense", "nonagg", "consul"),
                    row(id, 2).entered(1951, 6, 19).phase(2, 2).owes("defense", "consul"),
                    row(id, 20).entered(1951, 6, 19).phase(2, 2).owes("defense", "consul")));

            assertEquals(List.of("CAN 1949-04-04..1951-06-19", "CAN 1951-06-19..", "USA 1949-04-04..1951-06-19", "USA 1951-06-19.."),
                    AtopImports.periods(id, "history=true"));
            assertEquals(List.of("CAN 1949-04-04..1951-06-19", "USA 1949-04-04..1951-06-19"), AtopImports.periods(id, "asOf=1951-06-18"));
            assertEquals(List.of("CAN 1951-06-19..", "USA 1951-06-19.."), AtopImports.periods(id, "asOf=1951-06-19"));
            JsonPath members = given().auth().oauth2(TestTokens.reader())
                    .get(AtopImports.ALLIANCES + "/ATOP_" + id + "/members?asOf=1951-06-19").then().extract().jsonPath();
            assertEquals(List.of("FOUNDING_MEMBER", "FOUNDING_MEMBER"), members.getList("items.role"), "a phase goes on the founders' part");
            assertEquals(List.of("DEFENSE", "CONSULTATION"), members.getList("items[0].obligations"));
            assertTrue(AtopImports.alliance(id).getString("description").contains("in 2 phases"));
        }

        @Test
        void aMembershipThatCrossesAChangeOfCodeIsSplitAtThatDayAndHistoricalStatesKeepTheirOwnCodes() {
            long soviet = AtopFile.newId();
            long german = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(soviet, 365).entered(1980, 10, 8).exited(1995, 1, 10).owes("consul"),
                    row(soviet, 652).entered(1980, 10, 8).exited(1995, 1, 10).owes("consul"),
                    row(german, 245).entered(1815, 1, 3).exited(1815, 2, 8).owes("defense"),
                    row(german, 300).entered(1815, 1, 3).exited(1815, 2, 8).owes("defense")));

            assertEquals(List.of("RUS 1991-12-25..1995-01-10", "SUHH 1980-10-08..1991-12-25", "SYR 1980-10-08..1995-01-10"),
                    AtopImports.periods(soviet, "history=true"));
            assertEquals(List.of("XAH 1815-01-03..1815-02-08", "XBV 1815-01-03..1815-02-08"), AtopImports.periods(german, "history=true"));
            assertEquals("Defense pact of Bavaria and Austria-Hungary, 1815", AtopImports.alliance(german).getString("name"));
        }

        @Test
        void oneMembersRowsInTwoPhasesAtOnceBecomeOnePeriod() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(id, 315).entered(1960, 11, 27).exited(1993, 1, 1).phase(1, 3).owes("nonagg"),
                    row(id, 811).entered(1960, 11, 27).exited(1993, 1, 1).phase(1, 3).owes("nonagg"),
                    row(id, 316).entered(1993, 1, 1).phase(2, 3).owes("nonagg"),
                    row(id, 317).entered(1993, 1, 1).phase(3, 3).owes("nonagg"),
                    row(id, 811).entered(1993, 1, 1).phase(2, 3).owes("nonagg"),
                    row(id, 811).entered(1993, 1, 1).phase(3, 3).owes("nonagg", "consul")));

            assertEquals(List.of("CSHH 1960-11-27..1993-01-01", "CZE 1993-01-01..", "KHM 1960-11-27..1993-01-01", "KHM 1993-01-01..",
                    "SVK 1993-01-01.."), AtopImports.periods(id, "history=true"));
            given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + id + "/members?asOf=2000-01-01")
                    .then().body("items.find { it.country == 'KHM' }.obligations", equalTo(List.of("NON_AGGRESSION", "CONSULTATION")));
        }

        @Test
        void stillInForceAtTheEndOf2018IsAnOpenPeriodOfAnActiveAllianceThatSaysWhereItsDataEnds() {
            long id = AtopFile.newId();
            AtopImports.run(atlanticPact(id));

            JsonPath alliance = AtopImports.alliance(id);
            assertEquals(List.of("ACTIVE", "2018-12-31"), List.of(alliance.getString("status"), alliance.getString("coveredUntil")));
            assertNull(alliance.get("dissolved"));
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/NLD/alliances?source=atop-5.1")
                    .then().statusCode(200)
                    .body("items.find { it.allianceCode == 'ATOP_" + id + "' }.left", equalTo(null))
                    .body("items.find { it.allianceCode == 'ATOP_" + id + "' }.coveredUntil", equalTo("2018-12-31"));
        }

        @Test
        void anAllianceWhoseMembersAllLeftIsDissolvedOnTheLastExitAfterItsAdmissions() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(id, 200).entered(1815, 11, 20).exited(1822, 12, 0).owes("defense", "offense", "consul"),
                    row(id, 255).entered(1815, 11, 20).exited(1822, 12, 0).owes("defense", "offense", "consul"),
                    row(id, 365).entered(1815, 11, 20).exited(1818, 11, 15).owes("defense", "offense", "consul")));

            JsonPath alliance = AtopImports.alliance(id);
            assertEquals(List.of("DISSOLVED", "1822-12-01", "MONTH"),
                    List.of(alliance.getString("status"), alliance.getString("dissolved"), alliance.getString("dissolvedPrecision")));
            assertEquals(List.of("DEFENSE", "OFFENSE", "CONSULTATION"), alliance.getList("obligations"));

            List<DomainEvent> events = KafkaEvents.about(TOPIC, alliance.getString("id"), e -> e.size() >= 5, WAIT);
            assertEquals(List.of("org.entente.alliance.created.v1", "org.entente.alliance.member-admitted.v1",
                    "org.entente.alliance.member-admitted.v1", "org.entente.alliance.member-admitted.v1",
                    "org.entente.alliance.dissolved.v1"), events.stream().map(DomainEvent::type).toList());
        }

        @Test
        void daysOnWhichAMembersNumberStandsForNoStateAreLeftOutAndSaidInTheDescription() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(
                    row(id, 316).entered(1992, 11, 23).owes("defense", "consul"),
                    row(id, 317).entered(1992, 11, 23).owes("defense", "consul")));

            JsonPath alliance = AtopImports.alliance(id);
            assertEquals("1992-11-23", alliance.getString("founded"), "ATOP's day, the treaty's");
            assertEquals(List.of("CZE 1993-01-01..", "SVK 1993-01-01.."), AtopImports.periods(id, "history=true"));
            assertTrue(alliance.getString("description").contains("COW number 316 stands for no state from 1992-11-23 to"
                    + " 1992-12-31, so its membership is recorded from 1993-01-01 only"), alliance.getString("description"));
        }
    }

    @Nested
    class Rejections {

        private List<String> reasons(JsonPath job) {
            return job.getList("rejections.reason");
        }

        @Test
        void aRowEntenteCannotRecordIsRejectedWithItsLineIdAndReasonAndTheOthersAreImported() {
            long id = AtopFile.newId();
            JsonPath job = AtopImports.run(AtopFile.file(
                    row(id, 220).entered(1874, 3, 15).exited(1883, 8, 25).owes("defense"),
                    row(id, 8152).entered(1874, 3, 15).exited(1883, 8, 25).owes("consul"),
                    row(id, 211).entered(1874, 3, 15).exited(1883, 8, 25).owes("defense"),
                    row(id, 212).entered(1874, 2, 31).owes("defense"),
                    row(id, 230).entered(1874, 3, 15).owes("defense").with("defense", "2"),
                    row(id, 235).entered(1874, 3, 15).owes("defense").with("version", "5.0"),
                    row(id, 325).entered(1874, 3, 15).exited(1874, 3, 15).owes("defense")));

            assertEquals(counts("COMPLETED", 7, 1, 0, 0, 5), counts(job));
            assertEquals(List.of(3, 5, 6, 7, 8), job.getList("rejections.line"));
            assertEquals(List.of(Long.toString(id)), job.getList("rejections.sourceId").stream().distinct().toList());
            assertEquals(List.of(
                    "no state: COW number 8152 is not a state number of the Correlates of War list",
                    "no such date: dayent, moent, yrent are 31, 2, 1874",
                    "obligation not coded: defense is 2, and ATOP codes 1 (owed) or 0",
                    "another release: version is \"5.0\", and this import takes ATOP 5.1 only",
                    "exit before entry: the member exits 1874-03-15 but enters 1874-03-15, so its period has no day"), reasons(job));
            assertEquals(List.of("BEL 1874-03-15..1883-08-25", "FRA 1874-03-15..1883-08-25"), AtopImports.periods(id, "history=true"));
        }

        @Test
        void anAllianceLeftWithOneMemberIsNotImportedAndEachOfItsRowsSaysWhy() {
            long id = AtopFile.newId();
            JsonPath job = AtopImports.run(AtopFile.file(
                    row(id, 220).entered(1874, 3, 15).exited(1883, 8, 25).owes("defense"),
                    row(id, 8152).entered(1874, 3, 15).exited(1883, 8, 25).owes("consul")));

            assertEquals(counts("COMPLETED", 2, 0, 0, 0, 2), counts(job));
            assertEquals(List.of("too few members: alliance " + id + " keeps one member only that Entente can record, France (FRA),"
                            + " and an alliance has two or more (line 3 is rejected)",
                    "no state: COW number 8152 is not a state number of the Correlates of War list"), reasons(job));
            given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + id).then().statusCode(404);
        }

        @Test
        void aRowWithoutAnAtopidIsRejected() {
            long id = AtopFile.newId();
            JsonPath job = AtopImports.run(AtopFile.file(row(id, 2).entered(1960, 1, 19).owes("defense"),
                    row(id, 740).entered(1960, 1, 19).owes("consul"), row(id, 740).with("atopid", "")));

            assertEquals(counts("COMPLETED", 3, 1, 0, 0, 1), counts(job));
            assertEquals(List.of("no atopid: the row has no id to import it by"), reasons(job));
        }
    }

    @Nested
    class ReImport {

        @Test
        void theSameFileAgainCreatesUpdatesAndPublishesNothing() {
            long id = AtopFile.newId();
            String file = atlanticPact(id);
            AtopImports.run(file);
            String allianceId = AtopImports.alliance(id).getString("id");
            List<DomainEvent> first = KafkaEvents.about(TOPIC, allianceId, e -> e.size() >= 5, WAIT);
            assertEquals(List.of("org.entente.alliance.created.v1", "org.entente.alliance.member-admitted.v1",
                    "org.entente.alliance.member-admitted.v1", "org.entente.alliance.member-admitted.v1",
                    "org.entente.alliance.member-admitted.v1"), first.stream().map(DomainEvent::type).toList());
            String etag = given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + id).header("ETag");
            String member = AtopImports.ALLIANCES + "/ATOP_" + id + "/members/" + given().auth().oauth2(TestTokens.reader())
                    .get(AtopImports.ALLIANCES + "/ATOP_" + id + "/members").then().extract().path("items[0].id");
            String memberETag = given().auth().oauth2(TestTokens.reader()).get(member).header("ETag");

            assertEquals(counts("COMPLETED", 4, 0, 0, 1, 0), counts(AtopImports.run(file)));

            assertEquals(first.size(), KafkaEvents.settled(relay, TOPIC, allianceId).size(), "nothing published");
            given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + id).then().header("ETag", etag);
            given().auth().oauth2(TestTokens.reader()).get(member).then().header("ETag", memberETag);
        }

        @Test
        void aCorrectedRowUpdatesItsAllianceAndPublishesOneUpdateEventWithEveryPeriod() {
            long id = AtopFile.newId();
            AtopImports.run(atlanticPact(id));
            String allianceId = AtopImports.alliance(id).getString("id");
            KafkaEvents.about(TOPIC, allianceId, e -> e.size() >= 5, WAIT);
            String corrected = atlanticPact(id).replace(AtopFile.row(id, 210).entered(1955, 5, 6).owes("defense", "consul").csv(),
                    AtopFile.row(id, 210).entered(1955, 5, 6).exited(1966, 3, 10).owes("defense", "consul").csv());

            assertEquals(counts("COMPLETED", 4, 0, 1, 0, 0), counts(AtopImports.run(corrected)));

            List<DomainEvent> events = KafkaEvents.settled(relay, TOPIC, allianceId);
            assertEquals(6, events.size(), "one more event");
            DomainEvent update = events.get(5);
            assertEquals("org.entente.alliance.updated.v1", update.type());
            JsonPath payload = JsonPath.from(update.dataAsString());
            assertEquals(List.of("memberships"), payload.getList("changed"));
            assertEquals("1966-03-10", payload.getString("memberships.find { it.country == 'NLD' }.left"));
            assertEquals(4, payload.getList("memberships").size());
            assertEquals(List.of("CAN 1949-04-04..", "GBR 1949-04-04..", "NLD 1955-05-06..1966-03-10", "USA 1949-04-04.."),
                    AtopImports.periods(id, "history=true"));
        }

        @Test
        void whatACuratorAddedToAnImportedAllianceStaysThroughAReImport() {
            long id = AtopFile.newId();
            AtopImports.run(atlanticPact(id));
            String etag = given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + id).header("ETag");
            given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                    .body("{\"region\": \"EURO_ATLANTIC\", \"headquarters\": \"Brussels, Belgium\"}")
                    .patch(AtopImports.ALLIANCES + "/ATOP_" + id).then().statusCode(200);

            assertEquals(counts("COMPLETED", 4, 0, 0, 1, 0), counts(AtopImports.run(atlanticPact(id))));

            assertEquals("EURO_ATLANTIC", AtopImports.alliance(id).getString("region"));
        }

        @Test
        void aFileThatNowEndsTheAllianceUpdatesItsPeriodsAndDissolvesIt() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(row(id, 2).entered(1953, 10, 1).owes("defense"), row(id, 732).entered(1953, 10, 1).owes("defense")));
            String allianceId = AtopImports.alliance(id).getString("id");
            KafkaEvents.about(TOPIC, allianceId, e -> e.size() >= 3, WAIT);

            assertEquals(counts("COMPLETED", 2, 0, 1, 0, 0), counts(AtopImports.run(AtopFile.file(
                    row(id, 2).entered(1953, 10, 1).exited(1970, 3, 30).owes("defense"),
                    row(id, 732).entered(1953, 10, 1).exited(1970, 3, 30).owes("defense")))));

            List<DomainEvent> events = KafkaEvents.settled(relay, TOPIC, allianceId);
            assertEquals(List.of("org.entente.alliance.updated.v1", "org.entente.alliance.dissolved.v1"),
                    events.subList(3, events.size()).stream().map(DomainEvent::type).toList());
            JsonPath alliance = AtopImports.alliance(id);
            assertEquals(List.of("DISSOLVED", "1970-03-30"), List.of(alliance.getString("status"), alliance.getString("dissolved")));
        }

        @Test
        void anEndTheFileNoLongerHasIsNotTakenBack() {
            long id = AtopFile.newId();
            AtopImports.run(AtopFile.file(row(id, 2).entered(1953, 10, 1).exited(1970, 3, 30).owes("defense"),
                    row(id, 732).entered(1953, 10, 1).exited(1970, 3, 30).owes("defense")));

            JsonPath job = AtopImports.run(AtopFile.file(row(id, 2).entered(1953, 10, 1).owes("defense"),
                    row(id, 732).entered(1953, 10, 1).owes("defense")));

            assertEquals(counts("COMPLETED", 2, 0, 0, 0, 2), counts(job));
            assertTrue(job.getString("rejections[0].reason").startsWith("no end any more: the alliance imported from it before was"
                    + " dissolved on 1970-03-30, and a dissolution is not taken back"), job.getString("rejections[0].reason"));
            assertEquals("DISSOLVED", AtopImports.alliance(id).getString("status"));
        }
    }

    @Nested
    class RulesOnImportedData {

        @Test
        void aCountrysAlliancesTheMemberAndActiveOnFiltersAndSourceFindImportedAlliances() {
            long id = AtopFile.newId();
            AtopImports.run(atlanticPact(id));
            String code = "ATOP_" + id;

            assertTrue(AtopImports.codes("member=NLD&activeOn=1960-01-01&source=atop-5.1").contains(code));
            assertFalse(AtopImports.codes("member=NLD&activeOn=1950-01-01&source=atop-5.1").contains(code), "NLD joined in 1955");
            assertTrue(AtopImports.codes("activeOn=1949-04-04&kind=DEFENSE_PACT").contains(code));
            assertFalse(AtopImports.codes("activeOn=1949-04-03").contains(code));
            assertFalse(AtopImports.codes("source=curated&member=USA").contains(code));
            given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "?source=cow").then().statusCode(400)
                    .body("errors[0].field", equalTo("source")).body("errors[0].message", containsString("curated, atop-5.1"));

            given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/NLD/alliances?asOf=1960-01-01&source=atop-5.1")
                    .then().statusCode(200)
                    .body("items.find { it.allianceCode == '" + code + "' }.obligations", equalTo(List.of("DEFENSE", "CONSULTATION")))
                    .body("items.find { it.allianceCode == '" + code + "' }.provenance.sourceId", equalTo(Long.toString(id)));
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/NLD/alliances?source=curated")
                    .then().statusCode(200).body("items.findAll { it.allianceCode == '" + code + "' }", equalTo(List.of()));
        }

        @Test
        void noOverlappingPeriodCanBeAdmittedToAnImportedAlliance() {
            long id = AtopFile.newId();
            AtopImports.run(atlanticPact(id));

            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"country\": \"NLD\", \"role\": \"MEMBER\", \"joined\": \"1960-01-01\"}")
                    .post(AtopImports.ALLIANCES + "/ATOP_" + id + "/members")
                    .then().statusCode(409).body("detail", containsString("overlaps its period from 1955-05-06"));
        }
    }

    @Nested
    class CuratedRecords {

        @Test
        void staysAsTheyAreAndAreLinkedBothWaysToTheirAtopCounterpart() {
            given().auth().oauth2(TestTokens.admin()).post("/api/v1/alliances/import-reference-data").then().statusCode(200);
            AtopImports.deleteIfPresent("ATOP_3180");
            String natoETag = given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/NATO").header("ETag");
            try {
                AtopImports.run(AtopFile.file(row(3180, 2).entered(1949, 4, 4).owes("defense", "consul"),
                        row(3180, 20).entered(1949, 4, 4).owes("defense", "consul")));

                given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/NATO").then().statusCode(200)
                        .header("ETag", natoETag)
                        .body("founded", equalTo("1949-04-04")).body("provenance", equalTo(null))
                        .body("counterparts", equalTo(List.of("ATOP_3180")));
                assertEquals(List.of("NATO"), AtopImports.alliance(3180).getList("counterparts"));
                // and in a country's alliances, so that a view of the country counts the alliance once
                given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/CAN/alliances").then().statusCode(200)
                        .body("items.find { it.allianceCode == 'NATO' }.counterparts", equalTo(List.of("ATOP_3180")))
                        .body("items.find { it.allianceCode == 'ATOP_3180' }.counterparts", equalTo(List.of("NATO")));
                assertEquals(32, given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/NATO/members?asOf=2024-03-07")
                        .then().extract().<List<?>>path("items").size());
            } finally {
                AtopImports.deleteIfPresent("ATOP_3180");
            }
        }
    }
}
