package org.entente.alliances.alliance;

/** What members promise each other, as the ATOP project codes it. */
public enum Obligation {
    DEFENSE, OFFENSE, NEUTRALITY, NON_AGGRESSION, CONSULTATION
}
