package org.entente.alliances.alliance;

import java.util.UUID;

/** An alliance as the API shows it. */
public record AllianceView(UUID id, String code, String name) {

    static AllianceView of(Alliance alliance) {
        return new AllianceView(alliance.id, alliance.code, alliance.name);
    }
}
