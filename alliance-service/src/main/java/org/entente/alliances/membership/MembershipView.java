package org.entente.alliances.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.rest.DatePrecision;
import org.entente.alliances.alliance.Obligation;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;
import org.entente.platform.export.CsvColumns;

/** A membership period as the API shows it. */
@Schema(example = """
        {"id": "9a4d3b2c-7e18-4c6f-b0a5-2d8e1f7c9b43", "country": "FIN", "countryName": "Finland", "role": "MEMBER",
         "joined": "2023-04-04", "joinedPrecision": "DAY", "left": null, "leftPrecision": null,
         "obligations": ["DEFENSE", "CONSULTATION"], "suspensions": []}""")
public record MembershipView(@Schema(description = "The membership period's id") UUID id,
                             @Schema(description = "ISO 3166-1 alpha-3, or ISO 3166-3 for a former state") String country,
                             @Schema(description = "The country's name") String countryName,
                             @Schema(description = "Its standing in the alliance") MemberRole role,
                             @Schema(description = "The first day as a member") LocalDate joined,
                             @Schema(description = "How much of `joined` is known (a month or a year is shown as its first day)")
                             DatePrecision joinedPrecision,
                             @Schema(description = "The first day no longer a member; null while a member") LocalDate left,
                             @Schema(description = "How much of `left` is known; null without `left`") DatePrecision leftPrecision,
                             @Schema(nullable = true, description = "What the member owes in this period (possibly none); null where"
                                     + " not recorded per member, when the alliance's obligations are all there is")
                             List<Obligation> obligations,
                             @Schema(description = "Its obligations suspended towards other members") List<Suspension> suspensions) {

    /**
     * Its columns in an export: one row per membership period; of its suspensions only the members
     * they are towards (the dates and notes are in the JSON and NDJSON forms).
     */
    public static final CsvColumns<MembershipView> CSV_COLUMNS = CsvColumns.of(MembershipView.class)
            .add("id", MembershipView::id).add("country", MembershipView::country)
            .add("countryName", MembershipView::countryName).add("role", MembershipView::role)
            .add("joined", MembershipView::joined).add("joinedPrecision", MembershipView::joinedPrecision)
            .add("left", MembershipView::left).add("leftPrecision", MembershipView::leftPrecision)
            .joined("obligations", MembershipView::obligations)
            .joined("suspendedTowards", m -> m.suspensions().stream().map(Suspension::towards).toList());

    public static MembershipView of(Membership m) {
        return new MembershipView(m.id, m.country, Countries.find(m.country).map(Country::name).orElse(m.country),
                m.role, m.joined, m.joinedPrecision, m.left, m.leftPrecision,
                m.obligations == null ? null : m.obligations.stream().sorted().toList(), List.copyOf(m.suspensions));
    }
}
