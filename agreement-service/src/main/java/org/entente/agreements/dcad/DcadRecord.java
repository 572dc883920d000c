package org.entente.agreements.dcad;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.agreements.agreement.AgreementInput;
import org.entente.platform.rest.DatePrecision;
import org.entente.agreements.agreement.ImportedAgreement;
import org.entente.agreements.agreement.ScopeArea;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * One row of DCAD's main file as an agreement (docs/domain.md, "DCAD import"): the parties from the
 * COW numbers on the signing date, the dates as far as DCAD knows them, the type and scope areas from
 * the categories, the initial term from {@code span}, the end from {@code terminated}, and every value
 * that has no field of its own kept as the file has it.
 */
final class DcadRecord {

    private static final List<String> SIGNED = List.of("signDay", "signMonth", "signYear");
    private static final List<String> ENTERED_INTO_FORCE = List.of("EIFDay", "EIFMonth", "EIFYear");

    private DcadRecord() {
    }

    /** @throws RowRejected with the reason, for a row that is no agreement Entente can record */
    static ImportedAgreement of(String dcaId, SourceRow row) {
        DcadDate signed = DcadDate.of(row, "signDay", "signMonth", "signYear")
                .orElseThrow(() -> new RowRejected("no signing date: signYear is empty"));
        Optional<DcadDate> enteredIntoForce = DcadDate.of(row, "EIFDay", "EIFMonth", "EIFYear");
        List<String> parties = DcadParties.of(row, signed);
        if (enteredIntoForce.isPresent() && enteredIntoForce.get().last().isBefore(signed.first())) {
            throw new RowRejected("entry into force before signing: it entered into force " + enteredIntoForce.get()
                    + " but was signed " + signed);
        }
        List<DcadCategory> categories = DcadCategory.of(row);
        Set<ScopeArea> scopeAreas = categories.stream().map(c -> c.scope).collect(Collectors.toSet());
        String title = categories.get(0).label + " between " + name(parties.get(0)) + " and " + name(parties.get(1))
                + ", signed " + signed;
        AgreementInput agreement = new AgreementInput(parties, title, categories.get(0).type, scopeAreas, List.of(),
                signed.first(), signed.precision(), enteredIntoForce.map(DcadDate::first).orElse(null),
                enteredIntoForce.map(DcadDate::precision).orElse(null), null, initialTerm(row), null, null,
                source(dcaId, row));
        return new ImportedAgreement(agreement, termination(row, signed, enteredIntoForce).orElse(null), Dcad.DATA_SET.id(),
                dcaId, keptValues(row, enteredIntoForce.isPresent()));
    }

    /** {@code span}: the initial term in years; DCAD's negative codes (-77, -88) say there is none to record. */
    private static Integer initialTerm(SourceRow row) {
        return row.number("span").filter(years -> years > 0).orElse(null);
    }

    /**
     * {@code terminated = 1}: ended in the year of signing plus {@code durationActual} (whole years), the
     * day unknown. 0 (not terminated by the end of DCAD's coverage, 2010), -88 and -99 record no end.
     */
    private static Optional<ImportedAgreement.Termination> termination(SourceRow row, DcadDate signed,
                                                                       Optional<DcadDate> enteredIntoForce) {
        Optional<Integer> code = row.number("terminated");
        if (code.isEmpty() || code.get() == 0 || code.get() == -88 || code.get() == -99) {
            return Optional.empty();
        }
        if (code.get() != 1) {
            throw new RowRejected("unknown code: terminated is " + code.get() + ", none of DCAD's 1, 0, -88, -99");
        }
        int years = row.number("durationActual").filter(d -> d >= 0).orElseThrow(() -> new RowRejected(
                "termination year unknown: terminated is 1 but durationActual, the years it lasted, is not given"));
        int year = signed.first().getYear() + years;
        if (enteredIntoForce.isPresent() && year < enteredIntoForce.get().first().getYear()) {
            throw new RowRejected("termination before entry into force: it ended in " + year + " (signed " + signed
                    + ", lasted " + years + " years) but entered into force " + enteredIntoForce.get());
        }
        return Optional.of(new ImportedAgreement.Termination(LocalDate.of(year, 1, 1), DatePrecision.YEAR,
                "DCAD 1.0 records it terminated (terminated 1) " + years + " years after its signing (durationActual), in "
                + year + "; the day is not known"));
    }

    private static String source(String dcaId, SourceRow row) {
        String citation = "DCAD 1.0 (Kinne 2020), " + dcaId;
        Optional<String> source = row.text("source");
        if (source.isEmpty()) {
            return citation;
        }
        return citation + "; DCAD's source: " + source.get() + row.text("sourceType").map(type -> " (" + type + ")").orElse("");
    }

    /** Every non-empty value but the id and the dates the agreement holds: the codes, as the file has them. */
    private static Map<String, String> keptValues(SourceRow row, boolean enteredIntoForceMapped) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String column : Dcad.COLUMNS) {
            String value = row.values().get(column);
            boolean mapped = column.equals("DCAid") || SIGNED.contains(column)
                    || enteredIntoForceMapped && ENTERED_INTO_FORCE.contains(column);
            if (!mapped && value != null && !value.isBlank()) {
                kept.put(column, value);
            }
        }
        return kept;
    }

    private static String name(String code) {
        return Countries.find(code).map(Country::name).orElse(code);
    }
}
