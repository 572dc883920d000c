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
        assertEquals(current.size() + FormerStates.ALL.size(), Countries.all().size());
        for (String alpha3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            assertTrue(Countries.isKnown(alpha3), alpha3);
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
