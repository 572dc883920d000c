package org.entente.alliances.alliance;

import java.util.List;

/** The lifecycle of an alliance: changed only by the operations suspend, reactivate and dissolve. */
public enum AllianceStatus {
    ACTIVE, SUSPENDED, DISSOLVED;

    /** The lifecycle operations allowed in this status. */
    public List<String> allowedOperations() {
        return switch (this) {
            case ACTIVE -> List.of("suspend", "dissolve");
            case SUSPENDED -> List.of("reactivate", "dissolve");
            case DISSOLVED -> List.of();
        };
    }
}
