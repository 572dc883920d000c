package org.entente.platform.countries;

/** A world region where an alliance acts or an exercise takes place. Open-ended. */
public enum Region {
    EURO_ATLANTIC, INDO_PACIFIC, AFRICA, MIDDLE_EAST, LATIN_AMERICA, EURASIA, GLOBAL
}
