package org.entente.agreements.dcad;

import static io.restassured.RestAssured.given;
import static org.entente.agreements.dcad.DcadFiles.agreement;
import static org.entente.agreements.dcad.DcadFiles.file;
import static org.entente.agreements.dcad.DcadFiles.found;
import static org.entente.agreements.dcad.DcadFiles.imported;
import static org.entente.agreements.dcad.DcadFiles.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DCAD's main file imported into agreements: what each row becomes, what is rejected and why, and a second import. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class DcadImportTest {

    private static final String TOPIC = "agreements.events";

    /** The DCAids of {@link #FILE}'s rows start with this. */
    private static final String IDS = DcadFiles.ids();

    /** Five agreements, then a row for each reason to reject one (the lines are those of the file). */
    private static final String FILE = file(
            row(IDS + "01"),                                                                        // line 2
            row(IDS + "02").parties(365, "RUS", 750, "IND").signed("", "", "1985").inForce("", "", "")
                    .with("type", "sector").categories("TREX", "COMMISSION", "").with("span", "5")
                    .with("renewType", "-66").with("renewYears", "-66").with("terminated", "-88"),  // line 3
            row(IDS + "03").parties(255, "GER", 732, "KOR").signed("", "3", "1996").inForce("", "", "1997")
                    .categories("DIC", "PROCUREMENT", "RESEARCH").with("terminated", "1").with("durationActual", "10")
                    .with("endYearEstimate", "2006"),                                               // line 4
            row(IDS + "04").parties(290, "POL", 265, "GDR").signed("12", "5", "1987").inForce("1", "7", "1987")
                    .with("type", "sector").categories("PROCUREMENT", "", "").with("terminated", "-99"), // line 5
            row(IDS + "05").parties(310, "HUN ", 316, "CZR").signed("2", "2", "1995").inForce("", "", ""), // line 6
            row(IDS + "06").parties(145, "BOL", 145, "VEN"),                                        // line 7
            row(IDS + "07").parties(2, "USA", 652, "EGY"),                                          // line 8
            row(IDS + "08").parties(220, "FRN", 316, "CZR").signed("3", "4", "1992").inForce("", "", ""), // line 9
            row(IDS + "09").parties(2, "USA", 666, "ISR").signed("28", "4", "1988").inForce("21", "4", "1988"), // line 10
            row(IDS + "10").parties(365, "RUS", 2, "USA").signed("", "", "1991").inForce("", "", ""), // line 11
            row(IDS + "11").categories("ALLIANCE", "", ""),                                         // line 12
            row(IDS + "12").signed("31", "2", "1995").inForce("", "", ""),                          // line 13
            row(IDS + "01").with("source", "the same DCAid again"))                                 // line 14
            + "2,USA,20,CAN,1,1,1999\n";                                                             // line 15: 7 of 30 values

    private static JsonPath first;

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void importedOnce() {
        if (first == null) {
            first = imported(FILE);
        }
    }

    private static Map<String, Object> rejection(JsonPath job, long line) {
        return job.<Map<String, Object>>getList("rejections").stream()
                .filter(r -> ((Number) r.get("line")).longValue() == line).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line + " not rejected: " + job.prettify()));
    }

    private static String reason(JsonPath job, long line) {
        return (String) rejection(job, line).get("reason");
    }

    private List<String> eventTypes(String agreementId) {
        return KafkaEvents.settled(relay, TOPIC, agreementId).stream().map(DomainEvent::type)
                .map(type -> type.substring("org.entente.agreement.".length(), type.length() - ".v1".length())).toList();
    }

    @Test
    void everyRowIsAnAgreementOrARejectionWithItsLineSourceIdAndReason() {
        assertEquals("COMPLETED", first.getString("status"));
        assertEquals("dcad-1.0", first.getString("dataSet"));
        assertEquals(14, first.getInt("rowsRead"));
        assertEquals(5, first.getInt("created"));
        assertEquals(0, first.getInt("updated") + first.getInt("unchanged"));
        assertEquals(9, first.getInt("rejected"));
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15), first.getList("rejections.line"));
        assertEquals(IDS + "06", rejection(first, 7).get("sourceId"));
        assertNull(rejection(first, 15).get("sourceId"));
        assertTrue(first.getDouble("elapsedSeconds") >= 0);
        assertEquals(FILE.length(), first.getLong("fileBytes"));
    }

    @Test
    void selfDyadsDisagreeingNamesAndNumbersAndEntryIntoForceBeforeSigningAreRejectedWithTheirReason() {
        assertEquals("self-dyad: ccode1 and ccode2 are both 145 (Bolivia, BOL), though cowName2 is VEN, COW's letters for 101"
                + " (Venezuela, VEN)", reason(first, 7));
        assertEquals("name and number disagree: cowName2 is EGY, COW's letters for 651 (Egypt, EGY), but ccode2 is 652"
                + " (Syria, SYR)", reason(first, 8));
        assertEquals("entry into force before signing: it entered into force 1988-04-21 but was signed 1988-04-28",
                reason(first, 10));
    }

    @Test
    void aNumberOfNoStateThenOrOfTwoStatesWithinTheSigningsUncertaintyIsRejected() {
        assertTrue(reason(first, 9).startsWith("no state on the signing date: for ccode2, COW number 316 stands for no state on"
                + " 1992-04-03: it is "), reason(first, 9));
        assertEquals("state unclear: ccode1 365 stands for Soviet Union (SUHH) to 1991-12-24 and Russia (RUS) from 1991-12-25,"
                + " and the signing is known only to 1991, so which of them signed is not known", reason(first, 11));
    }

    @Test
    void unknownCategoriesImpossibleDatesRepeatedIdsAndBrokenRowsAreRejected() {
        assertTrue(reason(first, 12).startsWith("unknown category: category1 is \"ALLIANCE\", none of DCAD's DCA, DIC, TREX"),
                reason(first, 12));
        assertEquals("no such date: signDay, signMonth, signYear are 31, 2, 1995", reason(first, 13));
        assertEquals("duplicate source id: " + IDS + "01 is already on line 2, and a record is imported once per file",
                reason(first, 14));
        assertEquals("broken row: line 15 has 7 values where the header has 30 columns", reason(first, 15));
    }

    @Test
    void anImportedAgreementShowsWhereItComesFromAndKeepsTheCodesItHasNoFieldFor() {
        Map<String, Object> usCanada = agreement(IDS + "01", "CAN");
        assertEquals(Map.of("dataSet", "dcad-1.0", "title", "DCAD 1.0, main file", "sourceId", IDS + "01", "citation",
                "Kinne, Brandon J. 2020. \"The Defense Cooperation Agreement Dataset (DCAD).\" Journal of Conflict Resolution"
                        + " 64(4): 729-755."), usCanada.get("provenance"));
        assertEquals("Defense cooperation agreement between United States and Canada, signed 1994-08-19", usCanada.get("title"));
        assertEquals("DCAD 1.0 (Kinne 2020), " + IDS + "01; DCAD's source: Test Treaty Series (treaty)", usCanada.get("source"));
        assertEquals(List.of("USA", "CAN"), usCanada.get("parties"));
        assertEquals("DEFENSE_COOPERATION_AGREEMENT", usCanada.get("type"));
        assertEquals(List.of("DEFENSE_COOPERATION"), usCanada.get("scopeAreas"));
        assertEquals("IN_FORCE", usCanada.get("status"));
        assertEquals("1994-08-19", usCanada.get("signed"));
        assertEquals("DAY", usCanada.get("signedPrecision"));
        assertEquals("1994-08-19", usCanada.get("enteredIntoForce"));
        assertNull(usCanada.get("durationYears"));
        assertNull(usCanada.get("expires"));
        assertEquals(Map.ofEntries(Map.entry("ccode1", "2"), Map.entry("cowName1", "USA"), Map.entry("ccode2", "20"),
                Map.entry("cowName2", "CAN"), Map.entry("type", "general"), Map.entry("category1", "DCA"),
                Map.entry("span", "-77"), Map.entry("renewType", "-77"), Map.entry("renewYears", "-77"),
                Map.entry("terminated", "0"), Map.entry("endYearEstimate", "2010"), Map.entry("asymmetry", "1"),
                Map.entry("categoryConf", "high"), Map.entry("fullText", "Y"), Map.entry("sourceType", "treaty"),
                Map.entry("source", "Test Treaty Series")), usCanada.get("sourceValues"));
    }

    @Test
    void aCuratedAgreementHasNoProvenance() {
        String id = Agreements.propose("Curated " + Agreements.marker()).path("id");
        Agreements.get(id).then().body("provenance", equalTo(null)).body("sourceValues", equalTo(null));
    }

    @Test
    void anAgreementPublishesItsStepsLikeAnyOtherWithItsProvenance() {
        String id = (String) agreement(IDS + "01", "CAN").get("id");
        List<DomainEvent> events = KafkaEvents.settled(relay, TOPIC, id);
        assertEquals(List.of("proposed", "signed", "entered-into-force"), eventTypes(id));
        assertTrue(events.get(0).dataAsString().contains("\"provenance\":{\"dataSet\":\"dcad-1.0\""), events.get(0).dataAsString());
        assertTrue(events.get(0).dataAsString().contains("\"provenance\",\"sourceValues\"]"), events.get(0).dataAsString());
    }

    @Test
    void aSigningKnownOnlyToTheYearOrMonthIsKeptAsSuchNotGivenADay() {
        Map<String, Object> indoSoviet = agreement(IDS + "02", "IND");
        assertEquals("1985-01-01", indoSoviet.get("signed"));
        assertEquals("YEAR", indoSoviet.get("signedPrecision"));
        assertEquals("Training and exercises agreement between Soviet Union and India, signed 1985", indoSoviet.get("title"));
        Map<String, Object> germanKorean = agreement(IDS + "03", "KOR");
        assertEquals("1996-03-01", germanKorean.get("signed"));
        assertEquals("MONTH", germanKorean.get("signedPrecision"));
        assertEquals("1997-01-01", germanKorean.get("enteredIntoForce"));
        assertEquals("YEAR", germanKorean.get("enteredIntoForcePrecision"));
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + germanKorean.get("id") + "/history").then()
                .body("items.operation", contains("propose", "sign", "enter-into-force", "terminate"))
                .body("items.effectivePrecision", contains(null, "MONTH", "YEAR", "YEAR"));
    }

    @Test
    void anAgreementWhoseEntryIntoForceIsUnknownIsSignedNotInForceAndKeepsItsTermsAndRenewalCodes() {
        Map<String, Object> indoSoviet = agreement(IDS + "02", "IND");
        assertEquals("SIGNED", indoSoviet.get("status"));
        assertNull(indoSoviet.get("enteredIntoForce"));
        assertEquals(5, indoSoviet.get("durationYears"));
        assertNull(indoSoviet.get("renewalYears"));
        assertNull(indoSoviet.get("expires"));
        @SuppressWarnings("unchecked")
        Map<String, String> codes = (Map<String, String>) indoSoviet.get("sourceValues");
        assertEquals("5", codes.get("span"));
        assertEquals("-66", codes.get("renewType"));
        assertEquals("-66", codes.get("renewYears"));
        assertEquals("-88", codes.get("terminated"));
    }

    @Test
    void aTerminatedAgreementEndsInTheYearItsDurationGivesTheDayUnknown() {
        Map<String, Object> germanKorean = agreement(IDS + "03", "KOR");
        assertEquals("TERMINATED", germanKorean.get("status"));
        assertEquals("2006-01-01", germanKorean.get("terminated"));
        assertEquals("YEAR", germanKorean.get("terminatedPrecision"));
        assertEquals("DCAD 1.0 records it terminated (terminated 1) 10 years after its signing (durationActual), in 2006;"
                + " the day is not known", germanKorean.get("statusReason"));
    }

    @Test
    void theCategoriesGiveTheTypeAndTheScopeAreas() {
        Map<String, Object> germanKorean = agreement(IDS + "03", "KOR");
        assertEquals("DEFENSE_INDUSTRIAL_COOPERATION", germanKorean.get("type"));
        assertEquals(List.of("DEFENSE_INDUSTRY", "PROCUREMENT", "RESEARCH_AND_DEVELOPMENT"), germanKorean.get("scopeAreas"));
        Map<String, Object> indoSoviet = agreement(IDS + "02", "IND");
        assertEquals("TRAINING_AND_EXERCISES", indoSoviet.get("type"));
        assertEquals(List.of("CONSULTATION", "TRAINING_AND_EXERCISES"), indoSoviet.get("scopeAreas"));
        assertEquals("PROCUREMENT", agreement(IDS + "04", "POL").get("type"));
    }

    @Test
    void partiesComeFromTheNumbersOnTheSigningDateFormerStatesIncluded() {
        assertEquals(List.of("SUHH", "IND"), agreement(IDS + "02", "IND").get("parties"));
        assertEquals(List.of("POL", "DDDE"), agreement(IDS + "04", "POL").get("parties"));
        assertEquals(List.of("HUN", "CZE"), agreement(IDS + "05", "HUN").get("parties"));
    }

    @Test
    void aLabelThatNamesTheSameStateDifferentlyIsNoDisagreement() {
        assertEquals(List.of("DEU", "KOR"), agreement(IDS + "03", "KOR").get("parties")); // GER for 255, KOR (COW: Korea to 1910) for 732
        assertEquals("HUN ", ((Map<?, ?>) agreement(IDS + "05", "HUN").get("sourceValues")).get("cowName1"));
    }

    @Test
    void theSameFileAgainCreatesUpdatesAndPublishesNothing() {
        String usCanada = (String) agreement(IDS + "01", "CAN").get("id");
        List<String> before = eventTypes(usCanada);
        String etag = Agreements.get(usCanada).header("ETag");

        JsonPath again = imported(FILE);

        assertEquals("COMPLETED", again.getString("status"));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(5, again.getInt("unchanged"));
        assertEquals(9, again.getInt("rejected"));
        assertEquals(before, eventTypes(usCanada));
        assertEquals(etag, Agreements.get(usCanada).header("ETag"));
    }

    @Nested
    class Lists {

        @Test
        void partyPairTypeAndStatusFindImportedAgreements() {
            assertEquals(List.of("04"), found(IDS, "party=DDDE"));
            assertEquals(List.of("02"), found(IDS, "pair=IND,SUHH"));
            assertEquals(List.of("03"), found(IDS, "party=DEU&type=DEFENSE_INDUSTRIAL_COOPERATION"));
            assertEquals(List.of("02"), found(IDS, "party=SUHH&status=SIGNED"));
            assertEquals(List.of("03"), found(IDS, "party=KOR&status=TERMINATED"));
            assertEquals(List.of("02"), found(IDS, "party=IND&scope=TRAINING_AND_EXERCISES"));
        }

        @Test
        void inForceOnCountsAnEntryIntoForceKnownToTheYearFromItsLastDayAndATerminationFromItsFirst() {
            assertEquals(List.of(), found(IDS, "party=POL&inForceOn=1987-06-30"));
            assertEquals(List.of("04"), found(IDS, "party=POL&inForceOn=1987-07-01"));
            assertEquals(List.of(), found(IDS, "party=KOR&inForceOn=1997-12-30"));
            assertEquals(List.of("03"), found(IDS, "party=KOR&inForceOn=1997-12-31"));
            assertEquals(List.of("03"), found(IDS, "party=KOR&inForceOn=2005-12-31"));
            assertEquals(List.of(), found(IDS, "party=KOR&inForceOn=2006-01-01"));
            assertEquals(List.of(), found(IDS, "party=IND&inForceOn=2000-01-01")); // entry into force unknown
        }

        @Test
        void signedFromAndToFindASigningKnownToTheMonthOrYearWhenItsPeriodOverlapsTheRange() {
            assertEquals(List.of("02"), found(IDS, "party=IND&signedFrom=1985-06-01&signedTo=1985-06-30"));
            assertEquals(List.of(), found(IDS, "party=IND&signedFrom=1986-01-01"));
            assertEquals(List.of("03"), found(IDS, "party=KOR&signedFrom=1996-03-31&signedTo=1996-03-31"));
            assertEquals(List.of(), found(IDS, "party=KOR&signedTo=1996-02-29"));
            assertEquals(List.of("01"), found(IDS, "pair=USA,CAN&signedFrom=1994-08-19&signedTo=1994-08-19"));
            assertEquals(List.of(), found(IDS, "pair=USA,CAN&signedFrom=1994-08-20"));
        }

        @Test
        void sourceSelectsTheImportedOrTheCuratedAgreements() {
            String curated = Agreements.create(Agreements.inForce("POL", "DDDE", "Curated " + Agreements.marker(), "1988-01-01",
                    "1988-02-01")).path("id");
            List<String> imported = given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?party=DDDE&source=dcad-1.0&limit=200")
                    .then().statusCode(200).extract().path("items.id");
            List<String> curatedOnes = given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?party=DDDE&source=curated&limit=200")
                    .then().statusCode(200).extract().path("items.id");
            assertTrue(curatedOnes.contains(curated) && !imported.contains(curated), curatedOnes + " / " + imported);
            assertEquals(List.of("04"), found(IDS, "party=DDDE&source=dcad-1.0"));
            assertEquals(List.of(), found(IDS, "party=DDDE&source=curated"));
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?source=atop").then().statusCode(400)
                    .body("errors[0].field", equalTo("source"))
                    .body("errors[0].message", startsWith("unknown source \"atop\"; allowed: curated, dcad-1.0"));
        }

        @Test
        void aCountrysPartnersIncludeItsImportedAgreementsWithTheirProvenance() {
            JsonPath partners = given().auth().oauth2(TestTokens.reader())
                    .get("/api/v1/countries/DDDE/agreements?inForceOn=1990-01-01&source=dcad-1.0").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> withPoland = partners.getList("items.find { it.partner == 'POL' }.agreements");
            Map<String, Object> ours = withPoland.stream()
                    .filter(a -> (IDS + "04").equals(((Map<?, ?>) a.get("provenance")).get("sourceId"))).findFirst().orElseThrow();
            assertEquals(true, ours.get("inForce"));
            assertEquals("DAY", ours.get("enteredIntoForcePrecision"));
        }
    }
}
