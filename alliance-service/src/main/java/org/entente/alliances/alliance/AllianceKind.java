package org.entente.alliances.alliance;

/** What kind of arrangement an alliance is. Open-ended: clients must accept values they do not know. */
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
    DIPLOMATIC_GROUP
}
