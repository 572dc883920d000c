package org.entente.alliances.country;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.alliances.membership.MemberRole;

/** One membership period of a country, with the alliance it is in. */
public record CountryAllianceView(UUID allianceId, String allianceCode, String allianceName, MemberRole role,
                                  LocalDate joined, LocalDate left) {
}
