package org.entente.alliances.atop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.alliances.alliance.AllianceImports;
import org.entente.platform.imports.DataSet;
import org.entente.platform.imports.RecordImporter;
import org.entente.platform.imports.RecordResult;
import org.entente.platform.imports.RejectedRow;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;
import org.entente.platform.rest.ProblemException;

/** ATOP's member-level file into alliances: the consecutive rows of one atopid, one alliance. */
@ApplicationScoped
public class AtopImporter implements RecordImporter {

    private final AllianceImports imports;

    AtopImporter(AllianceImports imports) {
        this.imports = imports;
    }

    @Override
    public DataSet dataSet() {
        return Atop.DATA_SET;
    }

    @Override
    public String key(SourceRow row) {
        return row.text("atopid").orElse(null);
    }

    @Override
    public RecordResult importRecord(String atopId, List<SourceRow> rows) {
        if (atopId == null) {
            throw new RowRejected("no atopid: the row has no id to import it by");
        }
        long id = number(atopId);
        AtopRecord record = AtopRecord.of(id, rows);
        if (record.alliance() == null) {
            return RecordResult.allRejected(record.rejected());
        }
        try {
            return RecordResult.of(imports.importAlliance(record.alliance())).withRejected(record.rejected());
        } catch (RowRejected | ProblemException | ConstraintViolationException e) {
            return allRejected(atopId, rows, record.rejected(), RecordResult.reasonOf(e));
        } catch (OptimisticLockException e) {
            return allRejected(atopId, rows, record.rejected(), "changed by another request while it was imported: import the file again");
        }
    }

    private static long number(String atopId) {
        try {
            long id = Long.parseLong(atopId);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RowRejected("no atopid: atopid is \"" + atopId + "\", not a whole number above 0");
    }

    /** Every row rejected: those the record had rejected with their own reasons, the others with {@code why}. */
    private static RecordResult allRejected(String atopId, List<SourceRow> rows, List<RejectedRow> rejected, String why) {
        Set<Long> lines = rejected.stream().map(RejectedRow::line).collect(Collectors.toSet());
        List<RejectedRow> all = new ArrayList<>(rejected);
        rows.stream().filter(row -> !lines.contains(row.line())).forEach(row -> all.add(row.rejected(atopId, why)));
        all.sort(Comparator.comparingLong(RejectedRow::line));
        return RecordResult.allRejected(all);
    }
}
