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
public record AllianceView(
        UUID id, String code, String name, AllianceKind kind,
        @Schema(description = "Null for an alliance imported from a data set that gives none (ATOP)") Region region,
        LocalDate founded,
        @Schema(description = "How much of `founded` is known (a month or a year is shown as its first day)")
        DatePrecision foundedPrecision,
        String foundingTreaty, String headquarters, String description, List<FocusArea> focusAreas,
        @Schema(description = "What its members owe each other: for an imported alliance, every obligation any member owes in"
                + " any period (each period lists its own)") List<Obligation> obligations,
        String collectiveDefenseClause, BigDecimal spendingTargetGdpShare, BigDecimal spendingTargetCoreGdpShare,
        Integer spendingTargetYear, AllianceStatus status, LocalDate dissolved, DatePrecision dissolvedPrecision,
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
        Instant createdAt, Instant updatedAt) {

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
