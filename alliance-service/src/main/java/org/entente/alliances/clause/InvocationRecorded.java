package org.entente.alliances.clause;

import java.util.List;
import org.entente.alliances.alliance.AllianceView;

/** The payload of {@code alliance.clause-invoked.v1}. */
public record InvocationRecorded(AllianceView alliance, InvocationView invocation, List<String> changed) {
}
