package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.platform.jpa.Like;

/** The list filters of {@code GET /api/v1/agreements}, as a JPQL condition on alias {@code e}. */
public record AgreementFilter(Optional<String> party, Optional<List<String>> pair, Optional<AgreementType> type,
                              Optional<ScopeArea> scope, Optional<AgreementStatus> status, Optional<LocalDate> inForceOn,
                              Optional<LocalDate> signedFrom, Optional<LocalDate> signedTo, Optional<String> titleContains) {

    /** In force on {@code :d}: entered into force by then, neither expired nor terminated yet. */
    static final String IN_FORCE_ON = "e.enteredIntoForce <= :%1$s AND (e.expires IS NULL OR e.expires > :%1$s)"
            + " AND (e.terminated IS NULL OR e.terminated > :%1$s)";

    static String inForceOn(String parameter) {
        return IN_FORCE_ON.formatted(parameter);
    }

    String jpql() {
        List<String> conditions = new ArrayList<>();
        party.ifPresent(p -> conditions.add("(e.partyA = :party OR e.partyB = :party)"));
        pair.ifPresent(p -> conditions.add("((e.partyA = :pairA AND e.partyB = :pairB) OR (e.partyA = :pairB AND e.partyB = :pairA))"));
        type.ifPresent(t -> conditions.add("e.type = :type"));
        scope.ifPresent(s -> conditions.add(":scope MEMBER OF e.scopeAreas"));
        status.ifPresent(s -> conditions.add("e.status = :status"));
        inForceOn.ifPresent(d -> conditions.add(inForceOn("inForceOn")));
        signedFrom.ifPresent(d -> conditions.add("e.signed >= :signedFrom"));
        signedTo.ifPresent(d -> conditions.add("e.signed <= :signedTo"));
        titleContains.ifPresent(q -> conditions.add(Like.condition("e.title", "titleContains")));
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
        inForceOn.ifPresent(d -> parameters.put("inForceOn", d));
        signedFrom.ifPresent(d -> parameters.put("signedFrom", d));
        signedTo.ifPresent(d -> parameters.put("signedTo", d));
        titleContains.ifPresent(q -> parameters.put("titleContains", Like.containing(q)));
        return parameters;
    }
}
