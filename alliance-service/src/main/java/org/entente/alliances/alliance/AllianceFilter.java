package org.entente.alliances.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.Provenance;
import org.entente.platform.jpa.Like;

/**
 * The list filters of {@code GET /api/v1/alliances}, as a JPQL condition on alias {@code e}. Days are
 * compared as stored: a date known only to the month or year counts from its period's first day.
 */
public record AllianceFilter(Optional<AllianceKind> kind, Optional<Region> region, Optional<AllianceStatus> status,
                             Optional<LocalDate> activeOn, Optional<String> nameContains, Optional<String> member,
                             Optional<String> source) {

    String jpql() {
        List<String> conditions = new ArrayList<>();
        kind.ifPresent(k -> conditions.add("e.kind = :kind"));
        region.ifPresent(r -> conditions.add("e.region = :region"));
        status.ifPresent(s -> conditions.add("e.status = :status"));
        activeOn.ifPresent(d -> conditions.add("e.founded <= :activeOn AND (e.dissolved IS NULL OR e.dissolved > :activeOn)"));
        nameContains.ifPresent(q -> conditions.add(Like.condition("e.name", "nameContains")));
        // a member on activeOn, or today
        member.ifPresent(c -> conditions.add("EXISTS (SELECT 1 FROM Membership m WHERE m.allianceId = e.id AND m.country = :member"
                + " AND m.joined <= :memberOn AND (m.left IS NULL OR m.left > :memberOn))"));
        source.ifPresent(s -> conditions.add(DataSets.condition("e", s, "source")));
        return String.join(" AND ", conditions);
    }

    /** The parameters of {@link #jpql()}; {@code today} is the day {@code member} means without {@code activeOn}. */
    Map<String, Object> parameters(LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        kind.ifPresent(k -> parameters.put("kind", k));
        region.ifPresent(r -> parameters.put("region", r));
        status.ifPresent(s -> parameters.put("status", s));
        activeOn.ifPresent(d -> parameters.put("activeOn", d));
        member.ifPresent(c -> {
            parameters.put("member", c);
            parameters.put("memberOn", activeOn.orElse(today));
        });
        nameContains.ifPresent(q -> parameters.put("nameContains", Like.containing(q)));
        source.filter(s -> !s.equals(Provenance.CURATED)).ifPresent(s -> parameters.put("source", s));
        return parameters;
    }
}
