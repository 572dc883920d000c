package org.entente.alliances.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.CountryCode;

/** An admission (the body of {@code POST .../members}) and the target of a correcting merge patch. */
public record MembershipInput(
        @NotNull @CountryCode @Schema(example = "FIN", description = "ISO 3166-1 alpha-3, or ISO 3166-3 for a former state") String country,
        @NotNull @Schema(example = "MEMBER") MemberRole role,
        @NotNull @PastOrPresent @Schema(example = "2023-04-04") LocalDate joined,
        @PastOrPresent @Schema(description = "First day no longer a member; absent while a member") LocalDate left) {

    static MembershipInput of(Membership m) {
        return new MembershipInput(m.country, m.role, m.joined, m.left);
    }
}
