package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.export.CsvColumns;
import org.entente.platform.imports.Provenance;
import org.entente.platform.rest.DatePrecision;

/** An agreement as the API shows it and as events carry it. */
@Schema(example = """
        {"id": "5e2a9c17-3f60-4b8d-a1e4-7c09d2b6f853", "parties": ["USA", "JPN"],
         "title": "Treaty of Mutual Cooperation and Security between Japan and the United States of America", "type": "MUTUAL_DEFENSE_TREATY",
         "scopeAreas": ["MUTUAL_DEFENSE", "CONSULTATION"], "objectives": [], "signed": "1960-01-19", "signedPrecision": "DAY",
         "enteredIntoForce": "1960-06-23", "enteredIntoForcePrecision": "DAY", "expires": null, "durationYears": 10,
         "renewalYears": null,
         "summary": "Each party acts to meet an armed attack against either party in the territories under the administration\
         of Japan; the United States is granted the use of facilities and areas in Japan.",
         "source": "Treaty text, Article X; ratifications exchanged at Tokyo on 23 June 1960", "status": "IN_FORCE",
         "statusReason": null, "terminated": null, "terminatedPrecision": null, "allowedOperations": ["suspend", "terminate"],
         "provenance": null, "sourceValues": null, "createdAt": "2026-11-02T09:14:11Z", "updatedAt": "2026-11-02T09:14:11Z"}""")
public record AgreementView(
        @Schema(description = "Its id") UUID id,
        @Schema(description = "The two parties, ISO 3166-1 alpha-3 (a former state ISO 3166-3)") List<String> parties,
        @Schema(description = "Its title, as signed") String title,
        @Schema(description = "What kind of arrangement it is") AgreementType type,
        @Schema(description = "What it covers") List<ScopeArea> scopeAreas,
        @Schema(description = "What the parties mean to achieve by it") List<String> objectives,
        @Schema(description = "When it was signed; null while not signed") LocalDate signed,
        @Schema(description = "How much of `signed` is known (a month or a year is shown as its first day); null without `signed`")
        DatePrecision signedPrecision,
        @Schema(description = "When it entered into force; null before") LocalDate enteredIntoForce,
        @Schema(description = "How much of `enteredIntoForce` is known; null without it") DatePrecision enteredIntoForcePrecision,
        @Schema(description = "First day no longer in force; null for an agreement without end") LocalDate expires,
        @Schema(description = "Initial term in years") Integer durationYears,
        @Schema(description = "Renewed automatically for this many years when it would expire; null: no automatic renewal")
        Integer renewalYears,
        @Schema(description = "What it provides, in a few sentences") String summary,
        @Schema(description = "Where the facts come from") String source,
        @Schema(description = "Where it is in its lifecycle") AgreementStatus status,
        @Schema(description = "Why it is suspended or terminated; null otherwise") String statusReason,
        @Schema(description = "The day it was terminated; null unless terminated") LocalDate terminated,
        @Schema(description = "How much of `terminated` is known; null without it") DatePrecision terminatedPrecision,
        @Schema(description = "The lifecycle operations allowed in its status") List<String> allowedOperations,
        @Schema(description = "The research data set record it was imported from; null for a curated agreement")
        Provenance provenance,
        @Schema(description = "The data set's values that have no field of their own, as the file has them (DCAD's codes);"
                + " null for a curated agreement")
        Map<String, String> sourceValues,
        @Schema(description = "When it was created here (UTC)") Instant createdAt,
        @Schema(description = "When it last changed (UTC)") Instant updatedAt) {

    /** Its columns in an export (docs/api-conventions.md, Export). */
    public static final CsvColumns<AgreementView> CSV_COLUMNS = CsvColumns.of(AgreementView.class)
            .add("id", AgreementView::id).joined("parties", AgreementView::parties).add("title", AgreementView::title)
            .add("type", AgreementView::type).joined("scopeAreas", AgreementView::scopeAreas)
            .joined("objectives", AgreementView::objectives)
            .add("signed", AgreementView::signed).add("signedPrecision", AgreementView::signedPrecision)
            .add("enteredIntoForce", AgreementView::enteredIntoForce)
            .add("enteredIntoForcePrecision", AgreementView::enteredIntoForcePrecision)
            .add("expires", AgreementView::expires).add("durationYears", AgreementView::durationYears)
            .add("renewalYears", AgreementView::renewalYears).add("summary", AgreementView::summary)
            .add("source", AgreementView::source).add("status", AgreementView::status)
            .add("statusReason", AgreementView::statusReason).add("terminated", AgreementView::terminated)
            .add("terminatedPrecision", AgreementView::terminatedPrecision)
            .joined("allowedOperations", AgreementView::allowedOperations)
            .nested("provenance", AgreementView::provenance, Provenance.CSV_COLUMNS)
            .pairs("sourceValues", AgreementView::sourceValues)
            .add("createdAt", AgreementView::createdAt).add("updatedAt", AgreementView::updatedAt);

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.id, a.parties(), a.title, a.type, a.scopeAreas.stream().sorted().toList(),
                List.copyOf(a.objectives), a.signed, a.signedPrecision, a.enteredIntoForce, a.enteredIntoForcePrecision,
                a.expires, a.durationYears, a.renewalYears, a.summary, a.source, a.status, a.statusReason, a.terminated,
                a.terminatedPrecision, a.status.allowedOperations(), DataSets.provenance(a.dataSet, a.sourceId),
                a.sourceValues == null ? null : new TreeMap<>(a.sourceValues), a.createdAt, a.updatedAt);
    }
}
