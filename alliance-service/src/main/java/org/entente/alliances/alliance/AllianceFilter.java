package org.entente.alliances.alliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The list filters of {@code GET /api/v1/alliances}, as a JPQL condition on alias {@code e}. */
public record AllianceFilter(Optional<AllianceKind> kind, Optional<Region> region, Optional<AllianceStatus> status,
                             Optional<LocalDate> activeOn, Optional<String> nameContains) {

    String jpql() {
        List<String> conditions = new ArrayList<>();
        kind.ifPresent(k -> conditions.add("e.kind = :kind"));
        region.ifPresent(r -> conditions.add("e.region = :region"));
        status.ifPresent(s -> conditions.add("e.status = :status"));
        activeOn.ifPresent(d -> conditions.add("e.founded <= :activeOn AND (e.dissolved IS NULL OR e.dissolved > :activeOn)"));
        nameContains.ifPresent(q -> conditions.add("LOWER(e.name) LIKE :nameContains ESCAPE '\\'"));
        return String.join(" AND ", conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        kind.ifPresent(k -> parameters.put("kind", k));
        region.ifPresent(r -> parameters.put("region", r));
        status.ifPresent(s -> parameters.put("status", s));
        activeOn.ifPresent(d -> parameters.put("activeOn", d));
        nameContains.ifPresent(q -> parameters.put("nameContains", "%" + q.toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        return parameters;
    }
}
