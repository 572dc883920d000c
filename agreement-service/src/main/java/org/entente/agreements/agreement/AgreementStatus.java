package org.entente.agreements.agreement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lifecycle of an agreement: proposed, negotiating, signed, in force (suspended and resumed),
 * then terminated or expired. Changed only by the lifecycle operations and the expiry job.
 */
@Schema(description = "Where the agreement is in its lifecycle; changed only by the lifecycle operations and expiry")
public enum AgreementStatus {
    PROPOSED, NEGOTIATING, SIGNED, IN_FORCE, SUSPENDED, TERMINATED, EXPIRED;

    /** The operations a client may call in this status (expiry and renewal happen by themselves). */
    public List<String> allowedOperations() {
        return switch (this) {
            case PROPOSED -> List.of("open-negotiation", "terminate");
            case NEGOTIATING -> List.of("sign", "terminate");
            case SIGNED -> List.of("enter-into-force", "terminate");
            case IN_FORCE -> List.of("suspend", "terminate");
            case SUSPENDED -> List.of("resume", "terminate");
            case TERMINATED, EXPIRED -> List.of();
        };
    }

    /** Whether the agreement has been signed by now, so its signing date is known. */
    public boolean isSigned() {
        return this != PROPOSED && this != NEGOTIATING;
    }

    /** Whether time can still end it: the expiry job looks at these. */
    public boolean isRunning() {
        return this == IN_FORCE || this == SUSPENDED;
    }
}
