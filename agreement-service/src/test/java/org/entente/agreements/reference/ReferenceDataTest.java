package org.entente.agreements.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ReferenceDataTest {

    private static final String US_JAPAN = "Treaty of Mutual Cooperation and Security between Japan and the United States of America";

    @Inject
    ReferenceData referenceData;

    @BeforeEach
    void imported() {
        given().auth().oauth2(TestTokens.admin()).post(Agreements.PATH + "/import-reference-data").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse one(String pair, String titleWord) {
        return given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?pair=" + pair + "&q=" + titleWord)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void theUsJapanTreatyWasSignedOn19January1960AndEnteredIntoForceOn23June1960() {
        one("USA,JPN", "Mutual Cooperation")
                .body("items[0].title", equalTo(US_JAPAN))
                .body("items[0].type", equalTo("MUTUAL_DEFENSE_TREATY"))
                .body("items[0].signed", equalTo("1960-01-19"))
                .body("items[0].enteredIntoForce", equalTo("1960-06-23"))
                .body("items[0].expires", equalTo(null))
                .body("items[0].status", equalTo("IN_FORCE"));
        String id = given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?pair=JPN,USA&q=Mutual Cooperation")
                .then().extract().path("items[0].id");
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/consultations").then()
                .body("items.held", contains("2024-07-28", "2023-01-11"));
    }

    @Test
    void theOtherAgreementsCarryTheirCheckedDates() {
        one("USA,PHL", "Mutual Defense").body("items[0].signed", equalTo("1951-08-30")).body("items[0].enteredIntoForce", equalTo("1952-08-27"));
        one("USA,KOR", "Mutual Defense").body("items[0].signed", equalTo("1953-10-01")).body("items[0].enteredIntoForce", equalTo("1954-11-17"));
        one("USA,PHL", "Treatment of United States Armed Forces").body("items[0].signed", equalTo("1998-02-10")).body("items[0].enteredIntoForce", equalTo("1999-06-01"));
        one("AUS,JPN", "Reciprocal").body("items[0].signed", equalTo("2022-01-06")).body("items[0].enteredIntoForce", equalTo("2023-08-13"));
        one("JPN,GBR", "Reciprocal").body("items[0].signed", equalTo("2023-01-11")).body("items[0].enteredIntoForce", equalTo("2023-10-15"));
        one("JPN,PHL", "Reciprocal").body("items[0].signed", equalTo("2024-07-08")).body("items[0].enteredIntoForce", equalTo("2025-09-11"));
        one("RUS,PRK", "Comprehensive").body("items[0].signed", equalTo("2024-06-19")).body("items[0].enteredIntoForce", equalTo("2024-12-04"));
        one("CHN,PRK", "Friendship").body("items[0].signed", equalTo("1961-07-11")).body("items[0].enteredIntoForce", equalTo("1961-09-10"));
    }

    @Test
    void theUsTaiwanTreatyWasInForceFrom1955UntilItsTerminationTookEffectOn1January1980() {
        one("USA,TWN", "Republic of China")
                .body("items[0].status", equalTo("TERMINATED"))
                .body("items[0].enteredIntoForce", equalTo("1955-03-03"))
                .body("items[0].terminated", equalTo("1980-01-01"));
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?pair=USA,TWN&inForceOn=1979-12-31").then().body("items.size()", equalTo(1));
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?pair=USA,TWN&inForceOn=1980-01-01").then().body("items.size()", equalTo(0));
    }

    @Test
    void japansPartnersIncludeTheUnitedStatesAustraliaTheUnitedKingdomAndThePhilippines() {
        List<String> partners = given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/JPN/agreements")
                .then().statusCode(200).extract().path("items.partner");
        assertTrue(partners.containsAll(List.of("AUS", "GBR", "PHL", "USA")), partners.toString());
    }

    @Test
    void aRepeatedImportSkipsEverythingAndEveryBundledRecordIsValid() {
        var summary = given().auth().oauth2(TestTokens.admin()).post(Agreements.PATH + "/import-reference-data")
                .then().statusCode(200).body("skipped", hasItem(US_JAPAN)).extract();
        assertEquals(List.of(), summary.path("created"));
        assertEquals(referenceData.bundled().size(), summary.<List<String>>path("skipped").size());
        assertTrue(referenceData.bundled().size() >= 10);
    }

    @Test
    void importingNeedsTheAdminRole() {
        AccessMatrix.requires(Roles.ADMIN, request -> request.post(Agreements.PATH + "/import-reference-data"));
    }
}
