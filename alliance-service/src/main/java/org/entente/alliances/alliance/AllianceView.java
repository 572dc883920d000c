package org.entente.alliances.alliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.Region;
import org.entente.platform.export.CsvColumns;
import org.entente.platform.imports.Provenance;
import org.entente.platform.rest.DatePrecision;

/** An alliance as the API shows it and as events carry it. */
@Schema(example = """
        {"id": "0b9f2c3e-5d41-4a7e-9c1a-3f2d8e6b7a10", "code": "NATO", "name": "North Atlantic Treaty Organization",
         "kind": "COLLECTIVE_DEFENSE", "region": "EURO_ATLANTIC", "founded": "1949-04-04", "foundedPrecision": "DAY",
         "foundingTreaty": "North Atlantic Treaty (Washington Treaty)", "headquarters": "Brussels, Belgium",
         "description": "Political and military alliance of European and North American states",
         "focusAreas": ["CRISIS_MANAGEMENT", "CYBER_DEFENSE", "DETERRENCE"], "obligations": ["DEFENSE", "CONSULTATION"],
         "collectiveDefenseClause": "Article 5", "spendingTargetGdpShare": 5.0, "spendingTargetCoreGdpShare": 3.5,
         "spendingTargetYear": 2035, "status": "ACTIVE", "dissolved": null, "dissolvedPrecision": null,
         "source": "The Hague Summit Declaration, 25 June 2025, paragraphs 2 and 3", "provenance": null, "coveredUntil": null,
         "counterparts": ["ATOP_3180"], "createdAt": "2026-11-02T09:14:07Z", "updatedAt": "2026-11-02T09:14:07Z"}""")
public record AllianceView(
        @Schema(description = "Its id") UUID id,
        @Schema(description = "Short and unique: how the API and other services name it") String code,
        @Schema(description = "Its full name") String name,
        @Schema(description = "What kind of arrangement it is") AllianceKind kind,
        @Schema(description = "Null for an alliance imported from a data set that gives none (ATOP)") Region region,
        @Schema(description = "When it was founded") LocalDate founded,
        @Schema(description = "How much of `founded` is known (a month or a year is shown as its first day)")
        DatePrecision foundedPrecision,
        @Schema(description = "The treaty that founded it") String foundingTreaty,
        @Schema(description = "Where its headquarters are") String headquarters,
        @Schema(description = "What it is, in a few sentences") String description,
        @Schema(description = "What it works on") List<FocusArea> focusAreas,
        @Schema(description = "What its members owe each other: for an imported alliance, every obligation any member owes in"
                + " any period (each period lists its own)") List<Obligation> obligations,
        @Schema(description = "The article of its treaty on collective defense, which members invoke") String collectiveDefenseClause,
        @Schema(description = "Defense spending target in percent of GDP") BigDecimal spendingTargetGdpShare,
        @Schema(description = "The part of the target in core defense; burden figures meet the target when they reach it")
        BigDecimal spendingTargetCoreGdpShare,
        @Schema(description = "The year by which the target is to be reached") Integer spendingTargetYear,
        @Schema(description = "Where it is in its lifecycle") AllianceStatus status,
        @Schema(description = "When it was dissolved; null while not dissolved") LocalDate dissolved,
        @Schema(description = "How much of `dissolved` is known; null without `dissolved`") DatePrecision dissolvedPrecision,
        @Schema(description = "Where the facts come from") String source,
        @Schema(description = "The research data set record it was imported from; null for a curated alliance")
        Provenance provenance,
        @Schema(description = "For an imported alliance, the last day its data set covers (ATOP 5.1: 2018-12-31). Not dissolved,"
                + " and a period without `left`, mean in force on that day: whether still in force today the data set does not"
                + " say. Null for a curated alliance")
        LocalDate coveredUntil,
        @Schema(description = "The codes of the same alliance in the other source (curated or a research data set), linked and"
                + " never merged: ATOP dates a member's entry by its signature, the curated records by entry into force")
        List<String> counterparts,
        @Schema(description = "When it was created here (UTC)") Instant createdAt,
        @Schema(description = "When it last changed (UTC)") Instant updatedAt) {

    /** Its columns in an export (docs/api-conventions.md, Export). */
    public static final CsvColumns<AllianceView> CSV_COLUMNS = CsvColumns.of(AllianceView.class)
            .add("id", AllianceView::id).add("code", AllianceView::code).add("name", AllianceView::name)
            .add("kind", AllianceView::kind).add("region", AllianceView::region)
            .add("founded", AllianceView::founded).add("foundedPrecision", AllianceView::foundedPrecision)
            .add("foundingTreaty", AllianceView::foundingTreaty).add("headquarters", AllianceView::headquarters)
            .add("description", AllianceView::description)
            .joined("focusAreas", AllianceView::focusAreas).joined("obligations", AllianceView::obligations)
            .add("collectiveDefenseClause", AllianceView::collectiveDefenseClause)
            .add("spendingTargetGdpShare", AllianceView::spendingTargetGdpShare)
            .add("spendingTargetCoreGdpShare", AllianceView::spendingTargetCoreGdpShare)
            .add("spendingTargetYear", AllianceView::spendingTargetYear)
            .add("status", AllianceView::status).add("dissolved", AllianceView::dissolved)
            .add("dissolvedPrecision", AllianceView::dissolvedPrecision).add("source", AllianceView::source)
            .nested("provenance", AllianceView::provenance, Provenance.CSV_COLUMNS)
            .add("coveredUntil", AllianceView::coveredUntil).joined("counterparts", AllianceView::counterparts)
            .add("createdAt", AllianceView::createdAt).add("updatedAt", AllianceView::updatedAt);

    public static AllianceView of(Alliance a) {
        return new AllianceView(a.id, a.code, a.name, a.kind, a.region, a.founded, a.foundedPrecision, a.foundingTreaty,
                a.headquarters, a.description, a.focusAreas.stream().sorted().toList(), a.obligations.stream().sorted().toList(),
                a.collectiveDefenseClause, a.spendingTargetGdpShare, a.spendingTargetCoreGdpShare, a.spendingTargetYear,
                a.status, a.dissolved, a.dissolvedPrecision, a.source, DataSets.provenance(a.dataSet, a.sourceId),
                DataSets.coveredUntil(a.dataSet), Counterparts.of(a.code, a.dataSet, a.sourceId), a.createdAt, a.updatedAt);
    }
}
