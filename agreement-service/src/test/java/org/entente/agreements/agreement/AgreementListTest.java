package org.entente.agreements.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AgreementListTest {

    private static String marker;

    /** Four agreements only this class's queries see (their titles carry the marker). */
    @BeforeEach
    void agreements() {
        if (marker != null) {
            return;
        }
        marker = Agreements.marker();
        Agreements.create("""
                {"parties": ["JPN", "USA"], "title": "A security treaty %s", "type": "MUTUAL_DEFENSE_TREATY",
                 "scopeAreas": ["MUTUAL_DEFENSE", "CONSULTATION"], "signed": "1960-01-19", "enteredIntoForce": "1960-06-23"}""".formatted(marker));
        Agreements.create("""
                {"parties": ["USA", "PHL"], "title": "B visiting forces %s", "type": "STATUS_OF_FORCES_AGREEMENT",
                 "scopeAreas": ["JOINT_EXERCISES"], "signed": "1998-02-10", "enteredIntoForce": "1999-06-01"}""".formatted(marker));
        Agreements.create("""
                {"parties": ["USA", "JPN"], "title": "C logistics %s", "type": "LOGISTICS_SUPPORT",
                 "scopeAreas": ["LOGISTICS_SUPPORT"], "signed": "1996-04-15", "enteredIntoForce": "1996-10-22", "expires": "2000-01-01"}""".formatted(marker));
        Agreements.create("""
                {"parties": ["AUS", "JPN"], "title": "D proposal %s", "type": "TRAINING_AND_EXERCISES", "scopeAreas": ["JOINT_EXERCISES"]}""".formatted(marker));
    }

    private List<String> titles(String query) {
        List<String> titles = given().auth().oauth2(TestTokens.reader())
                .get(Agreements.PATH + "?q=" + marker + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().path("items.title");
        return titles.stream().map(t -> t.substring(0, 1)).toList();
    }

    @Test
    void aPairIsUnorderedAndAPartyIsEitherSide() {
        assertEquals(List.of("A", "C"), titles("pair=USA,JPN"));
        assertEquals(List.of("A", "C"), titles("pair=JPN,USA"));
        assertEquals(List.of("A", "C", "D"), titles("party=JPN"));
        assertEquals(List.of("B"), titles("party=PHL"));
    }

    @Test
    void typeScopeAndStatusFilter() {
        assertEquals(List.of("B"), titles("type=STATUS_OF_FORCES_AGREEMENT"));
        assertEquals(List.of("B", "D"), titles("scope=JOINT_EXERCISES"));
        assertEquals(List.of("A", "B"), titles("status=IN_FORCE"));
        assertEquals(List.of("C"), titles("status=EXPIRED"));
        assertEquals(List.of("D"), titles("status=PROPOSED"));
    }

    @Test
    void inForceOnADayAndSignedBetweenTwoDays() {
        assertEquals(List.of("A", "C"), titles("inForceOn=1999-01-01"));
        assertEquals(List.of("A", "B"), titles("inForceOn=2000-01-01"));
        assertEquals(List.of(), titles("inForceOn=1960-06-22"));
        assertEquals(List.of("B", "C"), titles("signedFrom=1996-04-15&signedTo=1998-02-10"));
        assertEquals(List.of("A"), titles("signedTo=1996-04-14"));
    }

    @Test
    void sortsByDatesWithAbsentDatesLast() {
        assertEquals(List.of("A", "C", "B", "D"), titles("sort=signed"));
        assertEquals(List.of("D", "B", "C", "A"), titles("sort=-signed"));
        assertEquals(List.of("C", "A", "B", "D"), titles("sort=expires,title"));
        assertEquals(List.of("D", "C", "B", "A"), titles("sort=-title"));
    }

    @Test
    void keysetPagesWalkEveryAgreementOnceInEverySortOrder() {
        for (String sort : List.of("title", "-signed", "enteredIntoForce", "-expires")) {
            List<String> walked = new ArrayList<>();
            String next = null;
            do {
                var page = given().auth().oauth2(TestTokens.reader())
                        .get(Agreements.PATH + "?q=" + marker + "&limit=1&sort=" + sort + (next == null ? "" : "&after=" + next))
                        .then().statusCode(200).extract();
                walked.addAll(page.<List<String>>path("items.title").stream().map(t -> t.substring(0, 1)).toList());
                next = page.path("next");
            } while (next != null);
            assertEquals(titles("sort=" + sort), walked, sort);
        }
    }

    @Test
    void aBadParameterIsAProblemNamingIt() {
        for (String[] bad : List.of(new String[] {"pair=USA", "pair"}, new String[] {"pair=USA,USA", "pair"},
                new String[] {"pair=USA,XXX", "pair"}, new String[] {"party=Japan", "party"},
                new String[] {"type=ALLIANCE", "type"}, new String[] {"scope=SPACE", "scope"},
                new String[] {"status=DEAD", "status"}, new String[] {"inForceOn=1999", "inForceOn"},
                new String[] {"signedFrom=yesterday", "signedFrom"}, new String[] {"sort=party", "sort"},
                new String[] {"limit=0", "limit"}, new String[] {"after=garbage", "after"})) {
            given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?" + bad[0])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void anEmptyResultIsAnEmptyPage() {
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?q=nothing-" + marker)
                .then().statusCode(200).contentType("application/json")
                .body("items", org.hamcrest.Matchers.empty()).body("next", nullValue());
    }

    @Test
    void listingNeedsTheReaderRole() {
        AccessMatrix.requires(Roles.READER, request -> request.get(Agreements.PATH));
    }
}
