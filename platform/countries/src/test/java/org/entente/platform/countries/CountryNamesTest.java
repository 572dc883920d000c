package org.entente.platform.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNamesTest {

    /** Every participant name in MME v7's StateA..StateAM that names a state. */
    private static final List<String> MME_STATE_NAMES = List.of(
            "Afghanistan", "Albania", "Algeria", "Angola", "Antigua & Barbuda", "Argentina", "Armenia", "Australia",
            "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize",
            "Benin", "Bolivia", "Bosnia & Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso",
            "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic", "Chad", "Chile",
            "China", "Colombia", "Comoros", "Congo - Brazzaville", "Congo - Kinshasa", "Costa Rica", "Croatia",
            "Cuba", "Cyprus", "Czechia", "Czechoslovakia", "Côte d’Ivoire", "Denmark", "Djibouti", "Dominica",
            "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Estonia", "Eswatini",
            "Ethiopia", "Federal Republic of Germany", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
            "German Democratic Republic", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
            "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran",
            "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait",
            "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Lithuania", "Luxembourg",
            "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico",
            "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar (Burma)", "Namibia", "Nepal",
            "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
            "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
            "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia",
            "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
            "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "St. Kitts & Nevis", "St. Lucia",
            "St. Vincent & Grenadines", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
            "São Tomé & Príncipe", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga",
            "Trinidad & Tobago", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
            "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen",
            "Yugoslavia", "Zambia", "Zimbabwe", "st. christopher");

    /** The participant names in MME v7 that name no state. */
    private static final List<String> MME_OTHER_NAMES = List.of(
            "-9", "Baltic States", "Bermuda", "Hong Kong SAR China", "NATO", "Netherlands Antilles", "New Caledonia");

    private static Optional<String> on(String name, String day) {
        return CountryNames.codeOn(name, LocalDate.parse(day));
    }

    @Test
    void everyStateNameOfTheExerciseDataIsMappedWithinItsYears() {
        for (String name : MME_STATE_NAMES) {
            boolean mapped = on(name, "1980-01-01").isPresent() || on(name, "2010-12-31").isPresent();
            assertTrue(mapped, name);
            assertEquals(Optional.empty(), CountryNames.whyNot(name), name);
        }
    }

    @Test
    void everyOtherNameOfTheExerciseDataSaysWhyItIsNoState() {
        for (String name : MME_OTHER_NAMES) {
            assertEquals(Optional.empty(), on(name, "2000-01-01"), name);
            assertTrue(CountryNames.whyNot(name).orElseThrow().matches(".*, not (a|one) state"), name);
        }
        assertEquals("NATO is an organisation (the North Atlantic Treaty Organization), not a state",
                CountryNames.whyNot("NATO").orElseThrow());
        assertEquals("-9 is the data set's mark for a missing value, not a state", CountryNames.whyNot("-9").orElseThrow());
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "Russia | 1980-02-29 | SUHH", "Russia | 1991-12-24 | SUHH", "Russia | 1991-12-25 | RUS",
        "Soviet Union | 1985-01-01 | SUHH", "USSR | 1985-01-01 | SUHH",
        "Federal Republic of Germany | 1980-10-13 | DEU", "West Germany | 1990-10-02 | DEU",
        "Germany | 1991-01-17 | DEU", "German Democratic Republic | 1990-10-02 | DDDE",
        "East Germany | 1980-03-21 | DDDE",
        "Yugoslavia | 1985-01-01 | YUCS", "Yugoslavia | 2004-05-17 | CSXX", "Serbia | 2000-02-27 | CSXX",
        "Serbia and Montenegro | 2005-01-01 | CSXX", "Serbia | 2006-06-05 | SRB",
        "Czechoslovakia | 1980-09-04 | CSHH", "Czechia | 1994-03-15 | CZE", "Czech Republic | 1993-01-01 | CZE",
        "Congo - Kinshasa | 1983-07-29 | ZRCD", "Zaire | 1990-01-01 | ZRCD", "Congo - Kinshasa | 2009-09-01 | COD",
        "Democratic Republic of the Congo | 1997-05-17 | COD", "Congo - Brazzaville | 1990-01-01 | COG",
        "Burma | 1980-01-01 | BUMM", "Myanmar (Burma) | 1989-06-17 | BUMM", "Myanmar (Burma) | 2003-09-10 | MMR",
        "Burkina Faso | 1983-11-04 | HVBF", "Burkina Faso | 1985-03-01 | BFA", "Upper Volta | 1980-01-01 | HVBF",
        "Benin | 1994-03-06 | BEN", "Dahomey | 1970-01-01 | DYBJ",
        "Vietnam | 1980-07-24 | VNM", "Yemen | 1998-02-26 | YEM", "Montenegro | 2007-06-24 | MNE",
        "Zimbabwe | 1996-07-01 | ZWE", "Kosovo | 2010-01-01 | XKX",
        "st. christopher | 1992-04-20 | KNA", "St. Kitts & Nevis | 1992-04-20 | KNA",
        "North Macedonia | 1996-03-01 | MKD", "Eswatini | 1997-04-01 | SWZ", "Swaziland | 1997-04-01 | SWZ",
        "Timor-Leste | 2004-10-14 | TLS", "Taiwan | 2000-01-01 | TWN", "United States | 1980-01-14 | USA"})
    void theCodeDependsOnTheDay(String name, String day, String code) {
        assertEquals(Optional.of(code), on(name, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire", "CÔTE D’IVOIRE", "  côte   d'ivoire "})
    void matchingIgnoresCaseAccentsApostrophesAndSpaces(String name) {
        assertEquals(Optional.of("CIV"), on(name, "2000-01-01"));
    }

    @ParameterizedTest(name = "{0} on {1} is no state")
    @CsvSource(delimiter = '|', value = {
        "German Democratic Republic | 1990-10-03", "Czechoslovakia | 1993-01-01", "Czechia | 1992-12-31",
        "Vietnam | 1976-07-01", "Montenegro | 1995-01-01"})
    void aStateNameOutsideItsStateHasNoCodeAndSaysWhy(String name, String day) {
        assertEquals(Optional.empty(), on(name, day));
        assertEquals(Optional.empty(), CountryNames.whyNot(name));
        assertTrue(CountryNames.whyNot(name, LocalDate.parse(day)).orElseThrow()
                .startsWith(name + " names no state on " + day + ": it is "));
    }

    @Test
    void blankAndUnknownNamesSayWhy() {
        assertEquals("No country name given", CountryNames.whyNot("").orElseThrow());
        assertEquals("No country name given", CountryNames.whyNot(null).orElseThrow());
        assertEquals("No country name given", CountryNames.whyNot("   ", LocalDate.of(2000, 1, 1)).orElseThrow());
        assertEquals("\"Atlantis\" is not a country name that Entente knows", CountryNames.whyNot("Atlantis").orElseThrow());
        assertEquals(Optional.empty(), on("Atlantis", "2000-01-01"));
        assertFalse(CountryNames.whyNot("Congo").isEmpty(), "Congo alone is ambiguous");
    }

    @Test
    void aPeriodCrossingARenamingIsSplit() {
        assertEquals(List.of(
                        new CodePeriod("SUHH", LocalDate.of(1991, 12, 1), LocalDate.of(1991, 12, 24)),
                        new CodePeriod("RUS", LocalDate.of(1991, 12, 25), LocalDate.of(1992, 1, 10))),
                CountryNames.periods("Russia", LocalDate.of(1991, 12, 1), LocalDate.of(1992, 1, 10)));
    }

    @Test
    void everyCodeTheNamesGiveIsInTheCountryReference() {
        Set<String> codes = CountryNames.codes();
        for (String code : codes) {
            assertTrue(Countries.isKnown(code), code);
        }
    }
}
