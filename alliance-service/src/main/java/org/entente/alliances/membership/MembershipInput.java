package org.entente.alliances.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.rest.DatePrecision;
import org.entente.alliances.alliance.Obligation;
import org.entente.platform.countries.CountryCode;

/** An admission (the body of {@code POST .../members}) and the target of a correcting merge patch. */
@Schema(example = """
        {"country": "FIN", "role": "MEMBER", "joined": "2023-04-04", "obligations": ["DEFENSE", "CONSULTATION"]}""")
public record MembershipInput(
        @NotNull @CountryCode @Schema(example = "FIN", description = "ISO 3166-1 alpha-3, or ISO 3166-3 for a former state") String country,
        @NotNull @Schema(example = "MEMBER", description = "Its standing in the alliance") MemberRole role,
        @NotNull @PastOrPresent @Schema(example = "2023-04-04", description = "The first day as a member") LocalDate joined,
        @Schema(description = "How much of `joined` is known; absent: the day. A date known to the month or year is given as the"
                + " period's first day") DatePrecision joinedPrecision,
        @PastOrPresent @Schema(description = "First day no longer a member; absent while a member") LocalDate left,
        @Schema(description = "How much of `left` is known; absent: the day") DatePrecision leftPrecision,
        @Schema(description = "What the member owes in this period (possibly none); absent where not recorded per member")
        Set<@NotNull Obligation> obligations,
        @Size(max = 50) @Schema(description = "Its obligations suspended towards other members")
        List<@Valid @NotNull Suspension> suspensions) {

    public MembershipInput {
        // a date given without a precision is known to the day
        joinedPrecision = joined != null && joinedPrecision == null ? DatePrecision.DAY : joinedPrecision;
        leftPrecision = left != null && leftPrecision == null ? DatePrecision.DAY : leftPrecision;
        obligations = obligations == null ? null : Set.copyOf(obligations);
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
    }

    public static MembershipInput of(Membership m) {
        return new MembershipInput(m.country, m.role, m.joined, m.joinedPrecision, m.left, m.leftPrecision, m.obligations,
                m.suspensions);
    }

    /** The same period ending on {@code left} (the first day out), known to the day. */
    MembershipInput leaving(LocalDate left) {
        return new MembershipInput(country, role, joined, joinedPrecision, left, DatePrecision.DAY, obligations, suspensions);
    }

    public void applyTo(Membership m) {
        m.country = country;
        m.role = role;
        m.joined = joined;
        m.joinedPrecision = DatePrecision.of(joinedPrecision);
        m.left = left;
        m.leftPrecision = left == null ? null : DatePrecision.of(leftPrecision);
        m.obligations = obligations == null ? null : Set.copyOf(obligations);
        m.suspensions = suspensions == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(suspensions);
    }
}
