package org.entente.agreements.country;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.agreement.AgreementType;
import org.entente.agreements.agreement.DataSets;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.export.CsvColumns;
import org.entente.platform.export.CsvRows;
import org.entente.platform.imports.Provenance;

/** One partner of a country: the agreements between them, and how many are in force on the day asked. */
public record PartnerView(String partner, int inForce, List<Entry> agreements) {

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
    public record Entry(UUID id, String title, AgreementType type, AgreementStatus status, LocalDate signed,
                        DatePrecision signedPrecision, LocalDate enteredIntoForce, DatePrecision enteredIntoForcePrecision,
                        LocalDate expires, LocalDate terminated, DatePrecision terminatedPrecision, boolean inForce,
                        Provenance provenance) {

        static Entry of(Agreement a, LocalDate day) {
            return new Entry(a.id, a.title, a.type, a.status, a.signed, a.signedPrecision, a.enteredIntoForce,
                    a.enteredIntoForcePrecision, a.expires, a.terminated, a.terminatedPrecision, a.inForceOn(day),
                    DataSets.provenance(a.dataSet, a.sourceId));
        }
    }
}
