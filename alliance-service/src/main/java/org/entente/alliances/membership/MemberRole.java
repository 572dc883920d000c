package org.entente.alliances.membership;

/** A country's standing in an alliance. Open-ended. */
public enum MemberRole {
    FOUNDING_MEMBER, MEMBER, PARTNER, OBSERVER
}
