package org.entente.alliances.membership;

import java.util.List;
import org.entente.alliances.alliance.AllianceView;

/** The payload of membership events: the alliance, its members today, the period that changed and how. */
public record MembershipChanged(AllianceView alliance, List<MembershipView> currentMembers, MembershipView membership,
                                List<String> changed) {
}
