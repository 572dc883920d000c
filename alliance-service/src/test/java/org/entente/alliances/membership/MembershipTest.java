package org.entente.alliances.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MutableClock;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Membership over time, on an alliance of each test's own founded on 1949-04-04. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MembershipTest {

    @Inject
    MutableClock clock;

    private String code;
    private String allianceId;

    @BeforeEach
    void anAlliance() {
        code = "M_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        allianceId = given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("""
                        {"code": "%s", "name": "Membership Pact %s", "kind": "COLLECTIVE_DEFENSE",
                         "region": "EURO_ATLANTIC", "founded": "1949-04-04"}""".formatted(code, code))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private ExtractableResponse<Response> admit(String country, String role, String joined, String left) {
        return admitRequest(country, role, joined, left).then().extract();
    }

    private Response admitRequest(String country, String role, String joined, String left) {
        String body = "{\"country\": \"%s\", \"role\": \"%s\", \"joined\": \"%s\"%s}".formatted(country, role, joined,
                left == null ? "" : ", \"left\": \"" + left + "\"");
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(body)
                .post("/api/v1/alliances/" + code + "/members");
    }

    private List<String> members(String query) {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/members" + query)
                .then().statusCode(200).extract().path("items.country");
    }

    @Test
    void membersAreListedAsOfADayAndInFullHistory() {
        admit("USA", "FOUNDING_MEMBER", "1949-08-24", null);
        admit("FRA", "FOUNDING_MEMBER", "1949-08-24", null);
        admit("DEU", "MEMBER", "1955-05-06", null);
        admit("FIN", "MEMBER", "2023-04-04", null);

        assertEquals(List.of("FRA", "USA"), members("?asOf=1950-01-01"));
        assertEquals(List.of("DEU", "FRA", "USA"), members("?asOf=2023-04-03"));
        assertEquals(List.of("DEU", "FIN", "FRA", "USA"), members("?asOf=2023-04-04"));
        assertEquals(List.of("DEU", "FIN", "FRA", "USA"), members(""));
        assertEquals(List.of("DEU", "FIN", "FRA", "USA"), members("?history=true"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/members?asOf=1950-01-01")
                .then().body("items[0].countryName", equalTo("France"));
    }

    @Test
    void withoutAsOfTheMembersAreThoseOfTodayByTheServicesClock() {
        clock.setToday(LocalDate.parse("2023-04-03"));
        admit("USA", "FOUNDING_MEMBER", "1949-08-24", null);
        admit("FIN", "MEMBER", "2023-04-04", null);

        assertEquals(List.of("USA"), members(""));

        clock.setToday(LocalDate.parse("2023-04-04"));
        assertEquals(List.of("FIN", "USA"), members(""));
    }

    @Test
    void membersComeInKeysetPages() {
        for (String country : List.of("BEL", "NLD", "LUX", "DNK", "ISL")) {
            admit(country, "FOUNDING_MEMBER", "1949-08-24", null);
        }
        var first = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances/" + code + "/members?limit=2").then().statusCode(200).extract();
        assertEquals(List.of("BEL", "DNK"), first.path("items.country"));
        String next = first.path("next");
        assertTrue(first.header("Link").contains("rel=\"next\""));
        var second = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances/" + code + "/members?limit=2&after=" + next).then().statusCode(200).extract();
        assertEquals(List.of("ISL", "LUX"), second.path("items.country"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/members?limit=2&sort=-country&after=" + next)
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aWithdrawalEndsMembershipFromItsDateAndAReadmissionStartsANewPeriod() {
        var greece = admit("GRC", "MEMBER", "1952-02-18", null);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", greece.header("ETag")).contentType("application/json")
                .body("{\"date\": \"1974-08-14\"}")
                .post("/api/v1/alliances/" + code + "/members/" + greece.path("id") + "/withdraw")
                .then().statusCode(200).body("left", equalTo("1974-08-14"));
        admit("GRC", "MEMBER", "1980-10-20", null);

        assertEquals(List.of("GRC"), members("?asOf=1974-08-13"));
        assertEquals(List.of(), members("?asOf=1974-08-14"));
        assertEquals(List.of("GRC"), members("?asOf=1990-01-01"));
        assertEquals(List.of("GRC", "GRC"), members("?history=true"));
    }

    @Test
    void overlappingPeriodsOfOneCountryAreAConflictAndChangeNothing() {
        admit("TUR", "MEMBER", "1952-02-18", "1970-01-01");
        admitRequest("TUR", "MEMBER", "1969-12-31", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("overlaps"));
        admitRequest("TUR", "MEMBER", "1960-01-01", "1961-01-01").then().statusCode(409);
        admitRequest("TUR", "MEMBER", "1970-01-01", null).then().statusCode(201);
        assertEquals(2, members("?history=true").size());
    }

    @Test
    void twoSimultaneousOverlappingAdmissionsExactlyOneWins() throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> admission = () -> {
                start.await();
                return admitRequest("ISL", "FOUNDING_MEMBER", "1949-08-24", null).statusCode();
            };
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : pool.invokeAll(List.of(admission, admission))) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
            assertEquals(List.of("ISL"), members("?history=true"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void datesMustMakeAPeriodWithinTheAlliancesLife() {
        admitRequest("ITA", "MEMBER", "1960-01-01", "1959-01-01").then().statusCode(400)
                .body("errors[0].field", equalTo("left"));
        admitRequest("ITA", "MEMBER", "1948-01-01", null).then().statusCode(400)
                .body("errors[0].field", equalTo("joined"));
        assertEquals(List.of(), members("?history=true"));
    }

    @Test
    void anUnknownCountryIsNamed() {
        admitRequest("XYZ", "MEMBER", "1960-01-01", null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("country"));
        admitRequest("usa", "MEMBER", "1960-01-01", null).then().statusCode(400);
    }

    @Test
    void aFormerStateCanBeAMember() {
        admit("DDDE", "MEMBER", "1955-05-14", "1990-10-03");
        assertEquals(List.of("DDDE"), members("?asOf=1980-01-01"));
    }

    @Test
    void noOneJoinsADissolvedAllianceAfterItsDissolution() {
        String etag = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/json")
                .body("{\"date\": \"1991-07-01\"}").post("/api/v1/alliances/" + code + "/dissolve").then().statusCode(200);

        admitRequest("POL", "MEMBER", "1991-07-01", null).then().statusCode(409)
                .body("detail", containsString("dissolved on 1991-07-01"));
        admitRequest("POL", "MEMBER", "1955-05-14", "1991-07-01").then().statusCode(201);
    }

    @Test
    void aWithdrawalTwiceIsAConflictAndNeedsIfMatch() {
        var member = admit("CAN", "FOUNDING_MEMBER", "1949-08-24", null);
        String path = "/api/v1/alliances/" + code + "/members/" + member.path("id") + "/withdraw";
        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{\"date\": \"2000-01-01\"}")
                .post(path).then().statusCode(428);
        String etag = given().auth().oauth2(TestTokens.editor()).header("If-Match", member.header("ETag"))
                .contentType("application/json").body("{\"date\": \"2000-01-01\"}")
                .post(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/json")
                .body("{\"date\": \"2001-01-01\"}").post(path)
                .then().statusCode(409).body("detail", containsString("already left"));
    }

    @Test
    void aRecordIsCorrectedWithAMergePatchUnderTheSameRules() {
        var member = admit("NOR", "MEMBER", "1949-08-25", null);
        String path = "/api/v1/alliances/" + code + "/members/" + member.path("id");
        String etag = given().auth().oauth2(TestTokens.editor()).header("If-Match", member.header("ETag"))
                .contentType("application/merge-patch+json").body("{\"role\": \"FOUNDING_MEMBER\", \"joined\": \"1949-08-24\"}")
                .patch(path).then().statusCode(200)
                .body("role", equalTo("FOUNDING_MEMBER")).body("joined", equalTo("1949-08-24"))
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"left\": \"1900-01-01\"}")
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("left"));
        given().auth().oauth2(TestTokens.editor()).header("If-Match", member.header("ETag"))
                .contentType("application/merge-patch+json").body("{\"role\": \"OBSERVER\"}")
                .patch(path).then().statusCode(412);
    }

    @Test
    void admissionsAndWithdrawalsAreEventsCarryingTheCurrentMembers() {
        var member = admit("AUS", "MEMBER", "1951-09-01", null);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", member.header("ETag")).contentType("application/json")
                .body("{\"date\": \"2020-01-01\"}")
                .post("/api/v1/alliances/" + code + "/members/" + member.path("id") + "/withdraw").then().statusCode(200);

        List<DomainEvent> events = KafkaEvents.about("alliances.events", allianceId, e -> e.size() >= 3, Duration.ofSeconds(20));

        assertEquals(List.of("org.entente.alliance.created.v1", "org.entente.alliance.member-admitted.v1",
                "org.entente.alliance.member-withdrawn.v1"), events.stream().map(DomainEvent::type).toList());
        String admitted = events.get(1).dataAsString();
        assertTrue(admitted.contains("\"currentMembers\":[{") && admitted.contains("\"country\":\"AUS\""), admitted);
        assertTrue(events.get(2).dataAsString().contains("\"currentMembers\":[]"), events.get(2).dataAsString());
    }

    @Test
    void theCurrentMembersAnEventCarriesAreThoseOfTodayByTheServicesClock() {
        clock.setToday(LocalDate.parse("2023-04-03"));
        admit("USA", "FOUNDING_MEMBER", "1949-08-24", null);
        admit("FIN", "MEMBER", "2023-04-04", null);
        clock.setToday(LocalDate.parse("2023-04-04"));
        admit("SWE", "MEMBER", "2024-03-07", null);

        List<DomainEvent> events = KafkaEvents.about("alliances.events", allianceId, e -> e.size() >= 4, Duration.ofSeconds(20));

        assertEquals(List.of("USA"), currentMembers(events.get(2)), "FIN admitted the day before it joined");
        assertEquals(List.of("FIN", "USA"), currentMembers(events.get(3)), "SWE admitted ahead of its day, FIN's day come");
    }

    private static List<String> currentMembers(DomainEvent event) {
        return JsonPath.from(event.dataAsString()).getList("currentMembers.country");
    }

    @Test
    void aCountryListsItsAlliancesWithRoleAndPeriod() {
        admit("SWE", "PARTNER", "1994-05-09", "2024-03-07");
        admit("SWE", "MEMBER", "2024-03-07", null);

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/SWE/alliances?asOf=2000-01-01")
                .then().statusCode(200)
                .body("items.findAll { it.allianceCode == '" + code + "' }.role", equalTo(List.of("PARTNER")));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/SWE/alliances")
                .then().statusCode(200)
                .body("items.findAll { it.allianceCode == '" + code + "' }.joined", equalTo(List.of("1994-05-09", "2024-03-07")));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/ATLANTIS/alliances")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aMemberCanHaveItsObligationsSuspendedTowardsAnotherMemberWithinItsPeriod() {
        admit("AUS", "FOUNDING_MEMBER", "1952-04-29", null);
        admit("NZL", "FOUNDING_MEMBER", "1952-04-29", null);
        String suspended = "{\"country\": \"USA\", \"role\": \"FOUNDING_MEMBER\", \"joined\": \"1952-04-29\", \"suspensions\":"
                + " [{\"towards\": \"%s\", \"since\": \"%s\", \"note\": \"announced\"}]}";

        for (String[] refused : List.of(new String[] {"FRA", "1986-08-11", "suspensions[0].towards"},
                new String[] {"USA", "1986-08-11", "suspensions[0].towards"},
                new String[] {"NZL", "1950-01-01", "suspensions[0].since"})) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(suspended.formatted(refused[0], refused[1]))
                    .post("/api/v1/alliances/" + code + "/members").then().statusCode(400)
                    .body("errors[0].field", equalTo(refused[2]));
        }
        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(suspended.formatted("NZL", "1986-08-11"))
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(201)
                .body("suspensions[0].towards", equalTo("NZL")).body("suspensions[0].sincePrecision", equalTo("DAY"));
        assertEquals(List.of("AUS", "NZL", "USA"), members("?asOf=1990-01-01"), "a suspension keeps both members");
    }

    @Test
    void aDateKnownOnlyToTheMonthOrYearIsGivenAsItsFirstDayWithItsPrecision() {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"CAN\", \"role\": \"MEMBER\", \"joined\": \"1950-03-15\", \"joinedPrecision\": \"MONTH\"}")
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(400)
                .body("errors[0].field", equalTo("joined")).body("errors[0].message", containsString("1950-03-01"));
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"CAN\", \"role\": \"MEMBER\", \"joined\": \"1950-01-01\", \"joinedPrecision\": \"YEAR\","
                        + " \"left\": \"1960-06-01\", \"leftPrecision\": \"MONTH\"}")
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(201)
                .body("joinedPrecision", equalTo("YEAR")).body("leftPrecision", equalTo("MONTH"));
    }

    @Test
    void obligationsNotRecordedPerMemberAreNullAndOwingNoneIsAnEmptyList() {
        admit("BEL", "MEMBER", "1950-01-01", null);
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"PRT\", \"role\": \"MEMBER\", \"joined\": \"1950-01-01\", \"obligations\": []}")
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(201);

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/members").then()
                .body("items.find { it.country == 'BEL' }.obligations", equalTo(null))
                .body("items.find { it.country == 'PRT' }.obligations", equalTo(List.of()));
    }

    @Test
    void admittingNeedsTheEditorRoleAndReadingTheReaderRole() {
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json").body("{}")
                .post("/api/v1/alliances/" + code + "/members"));
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/alliances/" + code + "/members"));
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/countries/USA/alliances"));
    }
}
