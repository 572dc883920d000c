package org.entente.agreements.country;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.agreement.AgreementType;
import org.entente.agreements.agreement.DataSets;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.export.CsvColumns;
import org.entente.platform.export.CsvRows;
import org.entente.platform.imports.Provenance;

/** One partner of a country: the agreements between them, and how many are in force on the day asked. */
@Schema(example = """
        {"partner": "USA", "inForce": 1, "agreements": [
          {"id": "5e2a9c17-3f60-4b8d-a1e4-7c09d2b6f853",
           "title": "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
           "type": "MUTUAL_DEFENSE_TREATY", "status": "IN_FORCE", "signed": "1960-01-19", "signedPrecision": "DAY",
           "enteredIntoForce": "1960-06-23", "enteredIntoForcePrecision": "DAY", "expires": null, "terminated": null,
           "terminatedPrecision": null, "inForce": true, "provenance": null}]}""")
public record PartnerView(
        @Schema(description = "The partner, ISO 3166-1 alpha-3 (a former state ISO 3166-3)") String partner,
        @Schema(description = "How many of the agreements with it are in force on the day asked") int inForce,
        @Schema(description = "Every agreement with the partner, whatever its status") List<Entry> agreements) {

    /** Its rows in an export: one per agreement with the partner, the partner's columns repeated. */
    public static final CsvRows<PartnerView> CSV_ROWS = CsvColumns.of(PartnerView.class)
            .add("partner", PartnerView::partner).add("inForce", PartnerView::inForce)
            .onePerItem("agreement", PartnerView::agreements, CsvColumns.of(Entry.class)
                    .add("id", Entry::id).add("title", Entry::title).add("type", Entry::type).add("status", Entry::status)
                    .add("signed", Entry::signed).add("signedPrecision", Entry::signedPrecision)
                    .add("enteredIntoForce", Entry::enteredIntoForce)
                    .add("enteredIntoForcePrecision", Entry::enteredIntoForcePrecision)
                    .add("expires", Entry::expires).add("terminated", Entry::terminated)
                    .add("terminatedPrecision", Entry::terminatedPrecision).add("inForce", Entry::inForce)
                    .nested("provenance", Entry::provenance, Provenance.CSV_COLUMNS));

    /** One agreement with the partner, and whether it is in force on the day asked. */
    public record Entry(@Schema(description = "The agreement's id") UUID id,
                        @Schema(description = "Its title") String title,
                        @Schema(description = "What kind of arrangement it is") AgreementType type,
                        @Schema(description = "Where it is in its lifecycle") AgreementStatus status,
                        @Schema(description = "When it was signed; null while not signed") LocalDate signed,
                        @Schema(description = "How much of `signed` is known") DatePrecision signedPrecision,
                        @Schema(description = "When it entered into force; null before") LocalDate enteredIntoForce,
                        @Schema(description = "How much of `enteredIntoForce` is known") DatePrecision enteredIntoForcePrecision,
                        @Schema(description = "First day no longer in force; null without end") LocalDate expires,
                        @Schema(description = "The day it was terminated; null unless terminated") LocalDate terminated,
                        @Schema(description = "How much of `terminated` is known") DatePrecision terminatedPrecision,
                        @Schema(description = "Whether it is in force on the day asked") boolean inForce,
                        @Schema(description = "The research data set record it was imported from; null for a curated agreement")
                        Provenance provenance) {

        static Entry of(Agreement a, LocalDate day) {
            return new Entry(a.id, a.title, a.type, a.status, a.signed, a.signedPrecision, a.enteredIntoForce,
                    a.enteredIntoForcePrecision, a.expires, a.terminated, a.terminatedPrecision, a.inForceOn(day),
                    DataSets.provenance(a.dataSet, a.sourceId));
        }
    }
}
