package org.entente.alliances.alliance;

/** What an alliance works on. Open-ended. */
public enum FocusArea {
    DETERRENCE, CRISIS_MANAGEMENT, INTEROPERABILITY, INTELLIGENCE_SHARING, CYBER_DEFENSE,
    /** Humanitarian assistance and disaster relief. */
    HADR,
    COUNTER_TERRORISM, ADVANCED_TECHNOLOGY, MARITIME_SECURITY
}
