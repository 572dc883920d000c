package org.entente.alliances.alliance;

/** Where an alliance acts. Open-ended. */
public enum Region {
    EURO_ATLANTIC, INDO_PACIFIC, AFRICA, MIDDLE_EAST, LATIN_AMERICA, EURASIA, GLOBAL
}
