package org.entente.alliances.alliance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lifecycle of an alliance: changed only by the operations suspend, reactivate and dissolve. */
@Schema(description = "Where the alliance is in its lifecycle; changed only by suspend, reactivate and dissolve")
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
