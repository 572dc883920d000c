package org.entente.platform.countries;

import java.util.List;

/**
 * States that appear in alliance, agreement and exercise history but no longer exist, under their
 * ISO 3166-3 codes. West Germany needs none: the Federal Republic kept DEU after reunification.
 */
final class FormerStates {

    static final List<Country> ALL = List.of(
            former("SUHH", "Soviet Union"),
            former("DDDE", "German Democratic Republic (East Germany)"),
            former("YUCS", "Yugoslavia"),
            former("CSHH", "Czechoslovakia"),
            former("CSXX", "Serbia and Montenegro"),
            former("YDYE", "Yemen, Democratic (South Yemen)"),
            former("VDVN", "Viet-Nam, Democratic Republic of (North Vietnam)"),
            former("BUMM", "Burma"),
            former("ZRCD", "Zaire"),
            former("DYBJ", "Dahomey"),
            former("HVBF", "Upper Volta"),
            former("RHZW", "Southern Rhodesia"),
            former("TPTL", "East Timor"),
            former("ANHH", "Netherlands Antilles"));

    private FormerStates() {
    }

    private static Country former(String code, String name) {
        return new Country(code, name, true);
    }
}
