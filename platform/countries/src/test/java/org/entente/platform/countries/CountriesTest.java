package org.entente.platform.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"USA", "JPN", "AUS", "GBR", "DEU", "FRA", "TUR", "SWE", "FIN", "KOR", "IND", "RUS"})
    void currentCountriesAreKnownByAlpha3(String code) {
        assertTrue(Countries.isKnown(code));
        assertFalse(Countries.find(code).orElseThrow().historical());
    }

    @Test
    void namesAreEnglish() {
        assertEquals(Optional.of(new Country("JPN", "Japan", false)), Countries.find("JPN"));
        assertEquals("Germany", Countries.find("DEU").orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUHH", "DDDE", "YUCS", "CSHH"})
    void formerStatesOfTheColdWarAreKnownAsHistorical(String code) {
        assertTrue(Countries.find(code).orElseThrow().historical());
    }

    @Test
    void everyFormerStateCodeIsAnIso3166Part3Code() {
        Set<String> part3 = Locale.getISOCountries(Locale.IsoCountryCode.PART3);
        for (Country former : FormerStates.ALL) {
            assertTrue(part3.contains(former.code()), former.code() + " is not in ISO 3166-3");
        }
    }

    @Test
    void theReferenceCoversEveryCurrentIsoCountry() {
        Set<String> current = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        assertEquals(current.size() + FormerStates.ALL.size() + StatesWithoutIsoCode.ALL.size(), Countries.all().size());
        for (String alpha3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            assertTrue(Countries.isKnown(alpha3), alpha3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"XHN", "XBV", "XBD", "XSX", "XWT", "XHK", "XHD", "XMS", "XAH", "XPS", "XSI", "XMO", "XPA",
        "XTU", "XKO", "XZN"})
    void statesWithoutAnIsoCodeAreKnownAsHistorical(String code) {
        assertTrue(Countries.isKnown(code));
        assertTrue(new CountryCodeValidator().isValid(code, null));
        assertTrue(Countries.find(code).orElseThrow().historical());
    }

    @Test
    void kosovoIsKnownAndCurrent() {
        assertEquals(Optional.of(new Country("XKX", "Kosovo", false)), Countries.find("XKX"));
        assertTrue(new CountryCodeValidator().isValid("XKX", null));
    }

    @Test
    void codesForStatesWithoutAnIsoCodeAreUserAssignedAndClashWithNothing() {
        Set<String> iso = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        iso.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART3));
        Set<String> icaoInUserRange = Set.of("XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XES", "XMP", "XOM", "XPO",
                "XDC", "XXA", "XXB", "XXC", "XXX");
        Set<String> seen = new java.util.HashSet<>();
        for (Country state : StatesWithoutIsoCode.ALL) {
            assertTrue(state.code().matches("X[A-Z]{2}"), state.code());
            assertFalse(iso.contains(state.code()), state.code());
            assertFalse(icaoInUserRange.contains(state.code()), state.code());
            assertTrue(seen.add(state.code()), state.code());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"usa", "US", "XYZ", "", "NATO", "USSR"})
    void anythingElseIsUnknown(String code) {
        assertFalse(Countries.isKnown(code));
        assertFalse(new CountryCodeValidator().isValid(code, null));
    }

    @Test
    void theConstraintLeavesNullToNotNull() {
        assertTrue(new CountryCodeValidator().isValid(null, null));
        assertTrue(new CountryCodeValidator().isValid("JPN", null));
    }
}
