package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.platform.imports.Provenance;
import org.entente.platform.jpa.Like;
import org.entente.platform.rest.DatePrecision;

/**
 * The list filters of {@code GET /api/v1/agreements}, as a JPQL condition on alias {@code e}. Dates
 * known only to the month or year count as the whole period: {@code signedFrom}/{@code signedTo} find
 * a signing whose period overlaps the range, {@code inForceOn} an agreement surely in force that day.
 */
public record AgreementFilter(Optional<String> party, Optional<List<String>> pair, Optional<AgreementType> type,
                              Optional<ScopeArea> scope, Optional<AgreementStatus> status, Optional<LocalDate> inForceOn,
                              Optional<LocalDate> signedFrom, Optional<LocalDate> signedTo, Optional<String> titleContains,
                              Optional<String> source) {

    /**
     * In force on {@code :d}: entered into force by then (by the last day of the month or year it is
     * known to), neither expired nor terminated yet. Its parameters come from {@link #inForceOnParameters}.
     */
    static final String IN_FORCE_ON = "((e.enteredIntoForcePrecision = :%1$sDay AND e.enteredIntoForce <= :%1$s)"
            + " OR (e.enteredIntoForcePrecision = :%1$sMonth AND e.enteredIntoForce <= :%1$sLatestMonthStart)"
            + " OR (e.enteredIntoForcePrecision = :%1$sYear AND e.enteredIntoForce <= :%1$sLatestYearStart))"
            + " AND (e.expires IS NULL OR e.expires > :%1$s) AND (e.terminated IS NULL OR e.terminated > :%1$s)";

    static String inForceOn(String parameter) {
        return IN_FORCE_ON.formatted(parameter);
    }

    /**
     * The parameters of {@link #inForceOn}: a month (year) known to have seen the entry into force has
     * ended by {@code day} when its first day is no later than {@code day} plus one day minus a month (year).
     */
    static Map<String, Object> inForceOnParameters(String parameter, LocalDate day) {
        return Map.of(parameter, day,
                parameter + "LatestMonthStart", day.plusDays(1).minusMonths(1),
                parameter + "LatestYearStart", day.plusDays(1).minusYears(1),
                parameter + "Day", DatePrecision.DAY, parameter + "Month", DatePrecision.MONTH, parameter + "Year", DatePrecision.YEAR);
    }

    String jpql() {
        List<String> conditions = new ArrayList<>();
        party.ifPresent(p -> conditions.add("(e.partyA = :party OR e.partyB = :party)"));
        pair.ifPresent(p -> conditions.add("((e.partyA = :pairA AND e.partyB = :pairB) OR (e.partyA = :pairB AND e.partyB = :pairA))"));
        type.ifPresent(t -> conditions.add("e.type = :type"));
        scope.ifPresent(s -> conditions.add(":scope MEMBER OF e.scopeAreas"));
        status.ifPresent(s -> conditions.add("e.status = :status"));
        inForceOn.ifPresent(d -> conditions.add(inForceOn("inForceOn")));
        // a signing known to the month or year overlaps the range when its period ends on or after signedFrom
        signedFrom.ifPresent(d -> conditions.add("(e.signed >= :signedFrom OR (e.signedPrecision = :monthPrecision"
                + " AND e.signed >= :signedFromMonth) OR (e.signedPrecision = :yearPrecision AND e.signed >= :signedFromYear))"));
        signedTo.ifPresent(d -> conditions.add("e.signed <= :signedTo"));
        titleContains.ifPresent(q -> conditions.add(Like.condition("e.title", "titleContains")));
        source.ifPresent(s -> conditions.add(DataSets.condition(s, "source")));
        return String.join(" AND ", conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        party.ifPresent(p -> parameters.put("party", p));
        pair.ifPresent(p -> {
            parameters.put("pairA", p.get(0));
            parameters.put("pairB", p.get(1));
        });
        type.ifPresent(t -> parameters.put("type", t));
        scope.ifPresent(s -> parameters.put("scope", s));
        status.ifPresent(s -> parameters.put("status", s));
        inForceOn.ifPresent(d -> parameters.putAll(inForceOnParameters("inForceOn", d)));
        signedFrom.ifPresent(d -> {
            parameters.put("signedFrom", d);
            parameters.put("signedFromMonth", DatePrecision.MONTH.first(d));
            parameters.put("signedFromYear", DatePrecision.YEAR.first(d));
            parameters.put("monthPrecision", DatePrecision.MONTH);
            parameters.put("yearPrecision", DatePrecision.YEAR);
        });
        signedTo.ifPresent(d -> parameters.put("signedTo", d));
        titleContains.ifPresent(q -> parameters.put("titleContains", Like.containing(q)));
        source.filter(s -> !s.equals(Provenance.CURATED)).ifPresent(s -> parameters.put("source", s));
        return parameters;
    }
}
