package org.entente.agreements.dcad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.stream.Stream;
import org.entente.agreements.agreement.AgreementImports;
import org.entente.agreements.agreement.ImportedAgreement;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.RecordImporter;
import org.entente.platform.imports.RecordResult;
import org.entente.platform.imports.RejectedRow;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;
import org.entente.platform.rest.ProblemException;

/** DCAD's main file into agreements: one row, one agreement, keyed by its DCAid. */
@ApplicationScoped
public class DcadImporter implements RecordImporter {

    private final AgreementImports imports;

    DcadImporter(AgreementImports imports) {
        this.imports = imports;
    }

    @Override
    public DataSet dataSet() {
        return Dcad.DATA_SET;
    }

    @Override
    public String key(SourceRow row) {
        return row.text("DCAid").orElse(null);
    }

    /** One agreement from the record's first row; rows that repeat its DCAid right after it are rejected. */
    @Override
    public RecordResult importRecord(String dcaId, List<SourceRow> rows) {
        if (dcaId == null) {
            throw new RowRejected("no DCAid: the row has no id to import it by");
        }
        SourceRow row = rows.get(0);
        List<RejectedRow> repeated = rows.subList(1, rows.size()).stream().map(r -> r.rejected(dcaId, "duplicate source id: "
                + dcaId + " is already on line " + row.line() + ", and a record is imported once per file")).toList();
        try {
            ImportedAgreement agreement = DcadRecord.of(dcaId, row);
            return RecordResult.of(imports.importAgreement(agreement)).withRejected(repeated);
        } catch (RowRejected | ProblemException e) {
            return RecordResult.allRejected(concat(row.rejected(dcaId, e.getMessage()), repeated));
        } catch (OptimisticLockException e) {
            return RecordResult.allRejected(concat(row.rejected(dcaId, "changed meanwhile: another request changed the agreement"
                    + " while it was imported; import the file again"), repeated));
        }
    }

    private static List<RejectedRow> concat(RejectedRow first, List<RejectedRow> more) {
        return Stream.concat(Stream.of(first), more.stream()).toList();
    }
}
