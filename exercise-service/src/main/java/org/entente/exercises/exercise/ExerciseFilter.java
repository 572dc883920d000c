package org.entente.exercises.exercise;

import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.Provenance;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.QueryParams;

/**
 * The list filters of {@code GET /api/v1/exercises}, as a MongoDB query. {@code source}: a data set's id
 * (its imported exercises) or {@code curated} (those made here).
 */
public record ExerciseFilter(List<String> countries, Optional<String> host, Optional<ExerciseType> type,
                             Optional<String> series, Optional<Region> region, Optional<ExerciseStatus> status,
                             Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> alliance,
                             Optional<String> agreement, Optional<String> nameContains, Optional<String> source) {

    public static final int MAX_COUNTRIES = 10;

    /** The {@code country} parameters: each a known code, at most {@link #MAX_COUNTRIES}, repeats counted once. */
    public static List<String> countries(List<String> values) {
        List<String> countries = values == null ? List.of() : values.stream().filter(v -> !v.isBlank())
                .map(v -> QueryParams.country("country", v).orElseThrow()).distinct().toList();
        if (countries.size() > MAX_COUNTRIES) {
            throw ProblemException.invalidField("country", countries.size() + " countries; at most " + MAX_COUNTRIES
                    + " (an exercise with all of them)");
        }
        return countries;
    }

    Bson bson() {
        List<Bson> conditions = new ArrayList<>();
        if (countries.size() == 1) {
            conditions.add(Filters.eq("participants.country", countries.get(0)));
        } else if (!countries.isEmpty()) {
            conditions.add(Filters.all("participants.country", countries));
        }
        host.ifPresent(h -> conditions.add(Filters.eq("hosts", h)));
        type.ifPresent(t -> conditions.add(Filters.eq("types", t.name())));
        series.ifPresent(s -> conditions.add(Filters.eq("series", s)));
        region.ifPresent(r -> conditions.add(Filters.eq("region", r.name())));
        status.ifPresent(s -> conditions.add(Filters.eq("status", s.name())));
        // overlaps [from, to]: it may end on or after from, and may start on or before to
        from.ifPresent(d -> conditions.add(Filters.gte("endLatest", d.toString())));
        to.ifPresent(d -> conditions.add(Filters.lte("startEarliest", d.toString())));
        alliance.ifPresent(a -> conditions.add(Filters.eq("alliance", a)));
        agreement.ifPresent(a -> conditions.add(Filters.eq("agreement", a)));
        nameContains.ifPresent(q -> conditions.add(Filters.regex("name", Pattern.quote(q), "i")));
        source.ifPresent(s -> conditions.add(Provenance.CURATED.equals(s) ? Filters.exists("provenance", false)
                : Filters.eq("provenance.dataSet", s)));
        return conditions.isEmpty() ? Filters.empty() : Filters.and(conditions);
    }
}
