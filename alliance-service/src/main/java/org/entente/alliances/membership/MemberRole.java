package org.entente.alliances.membership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country's standing in an alliance. Open-ended. */
@Schema(description = "The country's standing in the alliance")
public enum MemberRole {
    FOUNDING_MEMBER, MEMBER, PARTNER, OBSERVER
}
