package org.entente.alliances.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;

/** A membership period as the API shows it. */
public record MembershipView(UUID id, String country, String countryName, MemberRole role, LocalDate joined,
                             LocalDate left) {

    static MembershipView of(Membership m) {
        return new MembershipView(m.id, m.country, Countries.find(m.country).map(Country::name).orElse(m.country),
                m.role, m.joined, m.left);
    }
}
