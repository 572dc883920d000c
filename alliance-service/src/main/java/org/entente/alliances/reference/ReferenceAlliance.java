package org.entente.alliances.reference;

import java.util.List;
import org.entente.alliances.alliance.AllianceInput;
import org.entente.alliances.clause.InvocationInput;
import org.entente.alliances.membership.MembershipInput;

/** One alliance of the bundled reference data, with its members. */
public record ReferenceAlliance(AllianceInput alliance, List<MembershipInput> members, List<InvocationInput> invocations) {
}
