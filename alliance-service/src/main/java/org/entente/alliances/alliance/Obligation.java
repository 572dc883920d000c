package org.entente.alliances.alliance;

/**
 * What members promise each other, as the ATOP project codes it (its {@code defense}, {@code offense},
 * {@code neutral}, {@code nonagg} and {@code consul} obligations), strongest first.
 */
public enum Obligation {
    DEFENSE, OFFENSE, NEUTRALITY, NON_AGGRESSION, CONSULTATION
}
