package org.entente.alliances.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.alliances.alliance.AllianceInput;
import org.entente.alliances.membership.MembershipInput;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.platform.rest.ImportSummary;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ReferenceDataTest {

    private static final List<String> CODES = List.of("NATO", "AUKUS", "QUAD", "ANZUS", "CSTO", "GCC", "FIVE_EYES", "SCO");

    @Inject
    ReferenceData referenceData;

    @Inject
    Validator validator;

    @BeforeEach
    void imported() {
        given().auth().oauth2(TestTokens.admin()).post("/api/v1/alliances/import-reference-data").then().statusCode(200);
    }

    private int members(String code, String query) {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/members" + query)
                .then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void natoHad12MembersIn1950And16In1990And32Now() {
        assertEquals(12, members("NATO", "?asOf=1950-01-01"));
        assertEquals(16, members("NATO", "?asOf=1990-01-01"));
        assertEquals(30, members("NATO", "?asOf=2023-04-03"));
        assertEquals(31, members("NATO", "?asOf=2023-04-04"));
        assertEquals(32, members("NATO", "?asOf=2024-03-07"));
        assertEquals(32, members("NATO", ""));
    }

    @Test
    void theOtherAlliancesAreThereWithTheirFoundingDates() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/AUKUS").then().statusCode(200)
                .body("founded", org.hamcrest.Matchers.equalTo("2021-09-15"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/ANZUS").then()
                .body("founded", org.hamcrest.Matchers.equalTo("1951-09-01"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/GCC").then()
                .body("founded", org.hamcrest.Matchers.equalTo("1981-05-25"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/SCO").then()
                .body("founded", org.hamcrest.Matchers.equalTo("2001-06-15"));
        assertEquals(3, members("AUKUS", ""));
        assertEquals(4, members("QUAD", ""));
        assertEquals(6, members("GCC", ""));
        assertEquals(10, members("SCO", ""));
        assertEquals(6, members("SCO", "?asOf=2010-01-01"));
    }

    @Test
    void cstoHadNineStatesUntilAzerbaijanGeorgiaAndUzbekistanLeftIn1999AndUzbekistanWasBackFrom2006To2012() {
        assertEquals(9, members("CSTO", "?asOf=1999-04-20"));
        assertEquals(6, members("CSTO", "?asOf=1999-04-21"));
        assertEquals(7, members("CSTO", "?asOf=2006-08-16"));
        assertEquals(7, members("CSTO", "?asOf=2012-12-18"));
        assertEquals(6, members("CSTO", "?asOf=2012-12-19"));
        assertEquals(6, members("CSTO", ""));
    }

    @Test
    void natosSpendingTargetIsTheHagueSummitsFivePercentBy2035OfWhichThreeAndAHalfCore() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/NATO").then().statusCode(200)
                .body("spendingTargetGdpShare", equalTo(5.0f))
                .body("spendingTargetCoreGdpShare", equalTo(3.5f))
                .body("spendingTargetYear", equalTo(2035))
                .body("source", containsString("The Hague Summit Declaration"))
                .body("source", containsString("25 June 2025"));
    }

    @Test
    void theUnitedStatesSuspendedItsAnzusObligationsTowardsNewZealandOn11August1986AndAllThreeStayMembers() {
        assertEquals(3, members("ANZUS", "?asOf=1990-01-01"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/ANZUS/members").then().statusCode(200)
                .body("items.find { it.country == 'USA' }.suspensions.towards", equalTo(List.of("NZL")))
                .body("items.find { it.country == 'USA' }.suspensions[0].since", equalTo("1986-08-11"))
                .body("items.find { it.country == 'USA' }.suspensions[0].until", equalTo(null))
                .body("items.find { it.country == 'USA' }.suspensions[0].source", containsString("August 1986"))
                .body("items.find { it.country == 'NZL' }.suspensions", equalTo(List.of()))
                .body("items.find { it.country == 'AUS' }.suspensions", equalTo(List.of()));
    }

    @Test
    void fiveEyesListsItsFiveMembersCanadaFrom1949AustraliaAndNewZealandFrom1955ToTheYear() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/FIVE_EYES/members").then().statusCode(200)
                .body("items.country", equalTo(List.of("AUS", "CAN", "GBR", "NZL", "USA")))
                .body("items.joined", equalTo(List.of("1955-01-01", "1949-01-01", "1946-03-05", "1955-01-01", "1946-03-05")))
                .body("items.joinedPrecision", equalTo(List.of("YEAR", "YEAR", "DAY", "YEAR", "DAY")))
                .body("items.role", equalTo(List.of("MEMBER", "MEMBER", "FOUNDING_MEMBER", "MEMBER", "FOUNDING_MEMBER")));
        assertEquals(2, members("FIVE_EYES", "?asOf=1948-12-31"), "the UKUSA Agreement's two parties");
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/FIVE_EYES").then()
                .body("source", containsString("UKUSA-collaborating Commonwealth countries"))
                .body("source", containsString("CANUSA"));
    }

    @Test
    void curatedAlliancesHaveNoProvenanceAndNameTheirAtopCounterparts() {
        Map<String, List<String>> counterparts = Map.of("NATO", List.of("ATOP_3180"), "ANZUS", List.of("ATOP_3215"),
                "CSTO", List.of("ATOP_4220"), "SCO", List.of("ATOP_4810"), "GCC", List.of("ATOP_4965"), "AUKUS", List.of(),
                "QUAD", List.of(), "FIVE_EYES", List.of());
        counterparts.forEach((code, expected) -> given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code)
                .then().statusCode(200).body("provenance", equalTo(null)).body("coveredUntil", equalTo(null))
                .body("counterparts", equalTo(expected)));
    }

    @Test
    void natosArticle5WasInvokedOnceOn12September2001() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/NATO/clause-invocations")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].date", org.hamcrest.Matchers.equalTo("2001-09-12"))
                .body("items[0].invokingMember", org.hamcrest.Matchers.equalTo("USA"));
    }

    @Test
    void swedensAlliancesShowItsNatoAccession() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/SWE/alliances?asOf=2024-03-07")
                .then().statusCode(200).body("items.allianceCode", hasItem("NATO"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/SWE/alliances?asOf=2024-03-06")
                .then().statusCode(200).body("items.allianceCode", org.hamcrest.Matchers.not(hasItem("NATO")));
    }

    @Test
    void importingAgainSkipsWhatExists() {
        ImportSummary again = given().auth().oauth2(TestTokens.admin()).post("/api/v1/alliances/import-reference-data")
                .then().statusCode(200).extract().as(ImportSummary.class);
        assertEquals(List.of(), again.created());
        assertEquals(CODES, again.skipped());
    }

    @Test
    void importingNeedsTheAdminRole() {
        AccessMatrix.requires(Roles.ADMIN, request -> request.post("/api/v1/alliances/import-reference-data"));
    }

    @Test
    void theBundledFactsAreConsistent() {
        List<ReferenceAlliance> bundled = referenceData.bundled();
        assertEquals(CODES, bundled.stream().map(r -> r.alliance().code()).toList());
        for (ReferenceAlliance reference : bundled) {
            assertEquals(Set.of(), validator.validate(reference.alliance(), AllianceInput.Curated.class), reference.alliance().code());
            List<MembershipInput> seen = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (MembershipInput member : reference.members()) {
                if (!validator.validate(member).isEmpty()) {
                    problems.add(member.country() + " invalid");
                }
                if (member.joined().isBefore(reference.alliance().founded())) {
                    problems.add(member.country() + " joined before the founding");
                }
                for (MembershipInput other : seen) {
                    boolean overlap = other.country().equals(member.country())
                            && (other.left() == null || member.joined().isBefore(other.left()))
                            && (member.left() == null || other.joined().isBefore(member.left()));
                    if (overlap) {
                        problems.add(member.country() + " in two overlapping periods");
                    }
                }
                seen.add(member);
            }
            assertTrue(problems.isEmpty(), reference.alliance().code() + ": " + problems);
        }
    }
}
