package org.entente.platform.countries;

import java.util.List;

/**
 * States that the alliance and agreement data sets name but that no ISO 3166 code covers, under
 * Entente's own codes from ISO 3166-1's user-assigned alpha-3 range {@code XAA..XZZ}, which ISO will
 * never give a country. None is one of the codes ICAO assigns in that range for travel documents.
 * All but Kosovo ({@code XKX}, as the EU and the IMF use it) are historical.
 */
final class StatesWithoutIsoCode {

    static final List<Country> ALL = List.of(
            historical("XHN", "Hanover"),
            historical("XBV", "Bavaria"),
            historical("XBD", "Baden"),
            historical("XSX", "Saxony"),
            historical("XWT", "Württemberg"),
            historical("XHK", "Hesse-Kassel (Electoral Hesse)"),
            historical("XHD", "Hesse-Darmstadt (Grand Duchy of Hesse)"),
            historical("XMS", "Mecklenburg-Schwerin"),
            historical("XAH", "Austria-Hungary"),
            historical("XPS", "Papal States"),
            historical("XSI", "Two Sicilies"),
            historical("XMO", "Modena"),
            historical("XPA", "Parma"),
            historical("XTU", "Tuscany"),
            historical("XKO", "Korea (until 1910)"),
            historical("XZN", "Zanzibar"),
            new Country("XKX", "Kosovo", false));

    private StatesWithoutIsoCode() {
    }

    private static Country historical(String code, String name) {
        return new Country(code, name, true);
    }
}
