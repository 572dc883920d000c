package org.entente.alliances.alliance;

import java.util.List;
import org.entente.alliances.membership.MembershipView;

/**
 * The payload of {@code alliance.updated.v1} when a re-import corrected an imported alliance: its new
 * state, what changed ({@code memberships} among them when any period did) and every membership
 * period after the change, which replace those a subscriber kept.
 */
public record AllianceWithMemberships(AllianceView alliance, List<String> changed, List<MembershipView> memberships) {
}
