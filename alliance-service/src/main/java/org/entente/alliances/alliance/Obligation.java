package org.entente.alliances.alliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What members promise each other, as the ATOP project codes it (its {@code defense}, {@code offense},
 * {@code neutral}, {@code nonagg} and {@code consul} obligations), strongest first.
 */
@Schema(description = "What members promise each other, as the ATOP project codes it, strongest first")
public enum Obligation {
    DEFENSE, OFFENSE, NEUTRALITY, NON_AGGRESSION, CONSULTATION
}
