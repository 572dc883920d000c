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
public record AgreementView(
        UUID id, List<String> parties, String title, AgreementType type, List<ScopeArea> scopeAreas,
        List<String> objectives, LocalDate signed,
        @Schema(description = "How much of `signed` is known (a month or a year is shown as its first day); null without `signed`")
        DatePrecision signedPrecision,
        LocalDate enteredIntoForce, DatePrecision enteredIntoForcePrecision, LocalDate expires,
        Integer durationYears, Integer renewalYears, String summary, String source,
        AgreementStatus status, String statusReason, LocalDate terminated, DatePrecision terminatedPrecision,
        List<String> allowedOperations,
        @Schema(description = "The research data set record it was imported from; null for a curated agreement")
        Provenance provenance,
        @Schema(description = "The data set's values that have no field of their own, as the file has them (DCAD's codes);"
                + " null for a curated agreement")
        Map<String, String> sourceValues,
        Instant createdAt, Instant updatedAt) {

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
