package org.entente.platform.countries;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The country reference shared by all services: every current ISO 3166-1 country under its alpha-3
 * code, named as the JDK's ISO 3166 data names it, plus the former states that defense-cooperation
 * history needs under their ISO 3166-3 codes, and the states no ISO code covers under Entente's
 * {@code X..} codes ({@link StatesWithoutIsoCode}). Codes are upper case; lookups are exact.
 */
public final class Countries {

    /** How to name a country, for messages about a code that is not in the reference. */
    public static final String CODE_HINT = "use ISO 3166-1 alpha-3 (e.g. JPN), for a former state ISO 3166-3 (e.g. SUHH),"
            + " for a state without an ISO code Entente's X code (e.g. XKX)";

    private static final Map<String, Country> BY_CODE = load();

    private Countries() {
    }

    public static Optional<Country> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    public static boolean isKnown(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    /** All countries, current and historical, ordered by code. */
    public static Collection<Country> all() {
        return Collections.unmodifiableCollection(BY_CODE.values());
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            try {
                String alpha3 = locale.getISO3Country();
                if (!alpha3.isEmpty()) {
                    countries.put(alpha3, new Country(alpha3, locale.getDisplayCountry(Locale.ENGLISH), false));
                }
            } catch (MissingResourceException noAlpha3) {
                // an alpha-2 code without an alpha-3 counterpart is not a country we can key
            }
        }
        FormerStates.ALL.forEach(state -> countries.put(state.code(), state));
        StatesWithoutIsoCode.ALL.forEach(state -> countries.put(state.code(), state));
        return countries;
    }
}
