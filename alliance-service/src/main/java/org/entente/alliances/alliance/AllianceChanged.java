package org.entente.alliances.alliance;

import java.util.List;

/** The payload of every alliance event: the alliance's new state and the fields that changed. */
public record AllianceChanged(AllianceView alliance, List<String> changed) {
}
