package org.entente.exercises.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ReferenceDataTest {

    @Inject
    ReferenceData referenceData;

    @BeforeEach
    void imported() {
        given().auth().oauth2(TestTokens.admin()).post(Exercises.PATH + "/import-reference-data").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse named(String name) {
        return given().auth().oauth2(TestTokens.reader()).queryParam("q", name).get(Exercises.PATH)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void rimpac2024RanFrom27JuneTo1AugustWith29Nations() {
        named("RIMPAC 2024")
                .body("items[0].start", equalTo("2024-06-27"))
                .body("items[0].end", equalTo("2024-08-01"))
                .body("items[0].hosts", contains("USA"))
                .body("items[0].participants.size()", equalTo(29))
                .body("items[0].participants.country", hasItems("BEL", "BRA", "ITA", "TON"))
                .body("items[0].status", equalTo("COMPLETED"));
        named("RIMPAC 2022").body("items[0].participants.size()", equalTo(26)).body("items[0].start", equalTo("2022-06-29"));
    }

    @Test
    void talismanSabreIsCoHostedByAustraliaAndTheUnitedStatesWithItsObservers() {
        named("Talisman Sabre 2023")
                .body("items[0].hosts", contains("AUS", "USA"))
                .body("items[0].participants.findAll { it.role == 'OBSERVER' }.country", contains("IND", "PHL", "SGP", "THA"))
                .body("items[0].start", equalTo("2023-07-22"));
        named("Talisman Sabre 2025")
                .body("items[0].participants.findAll { it.role != 'OBSERVER' }.size()", equalTo(19))
                .body("items[0].end", equalTo("2025-08-04"));
    }

    @Test
    void pacificAngelEditionsAreUsLedHumanitarianExercisesInTheirHostCountries() {
        named("Pacific Angel 25-1").body("items[0].hosts", contains("LKA")).body("items[0].leadNation", equalTo("USA"))
                .body("items[0].types", hasItems("HADR"));
        named("Pacific Angel 24-1").body("items[0].start", equalTo("2024-08")).body("items[0].end", equalTo("2024-08-30"));
        given().auth().oauth2(TestTokens.reader()).queryParam("q", "Pacific Angel").get(Exercises.PATH + "?series=PACIFIC_ANGEL&sort=start").then()
                .body("items.name", contains("Pacific Angel 22-2", "Pacific Angel 23-2", "Pacific Angel 24-1", "Pacific Angel 25-1"));
    }

    @Test
    void aRepeatedImportSkipsEverything() {
        var summary = given().auth().oauth2(TestTokens.admin()).post(Exercises.PATH + "/import-reference-data").then().statusCode(200).extract();
        assertEquals(List.of(), summary.path("created"));
        assertEquals(referenceData.bundled().size(), summary.<List<String>>path("skipped").size());
        AccessMatrix.requires(Roles.ADMIN, request -> request.post(Exercises.PATH + "/import-reference-data"));
    }
}
