package org.entente.alliances.alliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What kind of arrangement an alliance is. Open-ended: clients must accept values they do not know.
 * The curated alliances use the first seven; alliances imported from ATOP are named by the strongest
 * obligation any member owes in any phase ({@link #DEFENSE_PACT} to {@link #CONSULTATION_PACT}, in
 * that order), their {@code obligations} listing every one.
 */
@Schema(description = "What kind of arrangement the alliance is; imported alliances are named by their strongest obligation")
public enum AllianceKind {
    /** NATO, ANZUS, CSTO. */
    COLLECTIVE_DEFENSE,
    /** AUKUS. */
    SECURITY_PARTNERSHIP,
    /** Quad. */
    STRATEGIC_DIALOGUE,
    /** Five Eyes. */
    INTELLIGENCE_SHARING,
    /** AU, EU, GCC, SCO, ASEAN ADMM. */
    REGIONAL_ORGANIZATION,
    /** Global Coalition against Daesh, MNJTF. */
    COALITION,
    /** Lima Group. */
    DIPLOMATIC_GROUP,
    /** A member promises to come to another's aid if it is attacked (ATOP: {@code defense}). */
    DEFENSE_PACT,
    /** A member promises to join in military action that is not a defense against attack (ATOP: {@code offense}), and none owes defense. */
    OFFENSE_PACT,
    /** A member promises to stay out of a war another fights (ATOP: {@code neutral}), and none owes defense or offense. */
    NEUTRALITY_PACT,
    /** A member promises not to attack another (ATOP: {@code nonagg}), and none owes more. */
    NON_AGGRESSION_PACT,
    /** Members promise only to consult each other in a crisis (ATOP: {@code consul}). */
    CONSULTATION_PACT;

    /** The kind an alliance is by the strongest obligation owed in it. */
    public static AllianceKind byStrongest(Obligation obligation) {
        return switch (obligation) {
            case DEFENSE -> DEFENSE_PACT;
            case OFFENSE -> OFFENSE_PACT;
            case NEUTRALITY -> NEUTRALITY_PACT;
            case NON_AGGRESSION -> NON_AGGRESSION_PACT;
            case CONSULTATION -> CONSULTATION_PACT;
        };
    }

    /** How an alliance name begins for this kind: {@code Defense pact}. */
    public String label() {
        String words = name().toLowerCase().replace('_', ' ').replace("non aggression", "non-aggression");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
