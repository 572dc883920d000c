package org.entente.alliances.country;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.alliances.alliance.Alliance;
import org.entente.alliances.alliance.Counterparts;
import org.entente.alliances.alliance.DataSets;
import org.entente.platform.rest.DatePrecision;
import org.entente.alliances.alliance.Obligation;
import org.entente.alliances.membership.MemberRole;
import org.entente.alliances.membership.Membership;
import org.entente.platform.export.CsvColumns;
import org.entente.platform.imports.Provenance;

/** One membership period of a country, with the alliance it is in. */
@Schema(example = """
        {"allianceId": "0b9f2c3e-5d41-4a7e-9c1a-3f2d8e6b7a10", "allianceCode": "NATO",
         "allianceName": "North Atlantic Treaty Organization", "role": "MEMBER", "joined": "2023-04-04", "joinedPrecision": "DAY",
         "left": null, "leftPrecision": null, "obligations": ["DEFENSE", "CONSULTATION"], "provenance": null,
         "coveredUntil": null, "counterparts": ["ATOP_3180"]}""")
public record CountryAllianceView(@Schema(description = "The alliance's id") UUID allianceId,
                                  @Schema(description = "The alliance's code") String allianceCode,
                                  @Schema(description = "The alliance's name") String allianceName,
                                  @Schema(description = "The country's standing in the alliance") MemberRole role,
                                  @Schema(description = "The first day as a member") LocalDate joined,
                                  @Schema(description = "How much of `joined` is known") DatePrecision joinedPrecision,
                                  @Schema(description = "The first day no longer a member; null while a member") LocalDate left,
                                  @Schema(description = "How much of `left` is known; null without `left`") DatePrecision leftPrecision,
                                  @Schema(description = "What the country owes in this period; null where not recorded per member")
                                  List<Obligation> obligations,
                                  @Schema(description = "The research data set record the alliance was imported from; null for a"
                                          + " curated alliance") Provenance provenance,
                                  @Schema(description = "For an imported alliance, the last day its data set covers: a period"
                                          + " without `left` was in force then, later days are not covered")
                                  LocalDate coveredUntil,
                                  @Schema(description = "The codes of the same alliance in the other source: a curated"
                                          + " alliance's ATOP record, or the curated alliance an ATOP record is", example = "[\"ATOP_3180\"]")
                                  List<String> counterparts) {

    /** Its columns in an export: one row per membership period. */
    public static final CsvColumns<CountryAllianceView> CSV_COLUMNS = CsvColumns.of(CountryAllianceView.class)
            .add("allianceId", CountryAllianceView::allianceId).add("allianceCode", CountryAllianceView::allianceCode)
            .add("allianceName", CountryAllianceView::allianceName).add("role", CountryAllianceView::role)
            .add("joined", CountryAllianceView::joined).add("joinedPrecision", CountryAllianceView::joinedPrecision)
            .add("left", CountryAllianceView::left).add("leftPrecision", CountryAllianceView::leftPrecision)
            .joined("obligations", CountryAllianceView::obligations)
            .nested("provenance", CountryAllianceView::provenance, Provenance.CSV_COLUMNS)
            .add("coveredUntil", CountryAllianceView::coveredUntil)
            .joined("counterparts", CountryAllianceView::counterparts);

    public static CountryAllianceView of(Membership m, Alliance a) {
        return new CountryAllianceView(a.id, a.code, a.name, m.role, m.joined, m.joinedPrecision, m.left, m.leftPrecision,
                m.obligations == null ? null : m.obligations.stream().sorted().toList(),
                DataSets.provenance(a.dataSet, a.sourceId), DataSets.coveredUntil(a.dataSet),
                Counterparts.of(a.code, a.dataSet, a.sourceId));
    }
}
