package org.entente.alliances.alliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an alliance works on. Open-ended. */
@Schema(description = "What an alliance works on")
public enum FocusArea {
    DETERRENCE, CRISIS_MANAGEMENT, INTEROPERABILITY, INTELLIGENCE_SHARING, CYBER_DEFENSE,
    /** Humanitarian assistance and disaster relief. */
    HADR,
    COUNTER_TERRORISM, ADVANCED_TECHNOLOGY, MARITIME_SECURITY
}
