package org.entente.agreements.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class CountryAgreementTest {

    @Test
    void aCountrysPartnersListEachAgreementAndWhichAreInForceOnADay() {
        Agreements.create(Agreements.inForce("LUX", "MLT", "Old treaty", "1990-01-01", "1990-06-01"));
        Agreements.create("""
                {"parties": ["BEL", "LUX"], "title": "Lapsed accord", "type": "PROCUREMENT",
                 "signed": "2001-01-01", "enteredIntoForce": "2001-02-01", "expires": "2011-02-01"}""");
        Agreements.create(Agreements.body("LUX", "MLT", "New proposal"));

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/LUX/agreements?inForceOn=2005-01-01").then()
                .statusCode(200)
                .body("items.partner", contains("BEL", "MLT"))
                .body("items.inForce", contains(1, 1))
                .body("items[1].agreements.title", contains("Old treaty", "New proposal"))
                .body("items[1].agreements.inForce", contains(true, false))
                .body("items[0].agreements[0].status", equalTo("EXPIRED"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/MLT/agreements").then()
                .body("items.partner", contains("LUX"))
                .body("items[0].inForce", equalTo(1));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/BEL/agreements?inForceOn=2020-01-01").then()
                .body("items[0].inForce", equalTo(0));
    }

    @Test
    void anUnknownCountryOrABadDayIsAProblem() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/XXX/agreements").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/LUX/agreements?inForceOn=soon").then().statusCode(400)
                .body("errors[0].field", equalTo("inForceOn"));
    }

    @Test
    void aCountryWithoutAgreementsHasNoPartners() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/AND/agreements").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/countries/AND/agreements"));
    }
}
