package org.entente.platform.jpa;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * A field a listing can sort by: its JPQL expression on alias {@code e}, how to read the same value
 * from an entity for the cursor, and how to turn a cursor's text back into a query parameter.
 */
public record SortField<T>(String expression, Function<T, Object> value, Function<String, Object> parse) {

    /** The far end of time, standing in for "no date yet" so that nullable dates sort last and keyset comparisons work. */
    static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    public static <T> SortField<T> text(String field, Function<T, Object> value) {
        return new SortField<>("e." + field, value, s -> s);
    }

    public static <T> SortField<T> date(String field, Function<T, LocalDate> value) {
        return new SortField<>("e." + field, value::apply, LocalDate::parse);
    }

    /** A date that may be absent: absent dates sort after every real one. */
    public static <T> SortField<T> dateOrLast(String field, Function<T, LocalDate> value) {
        return new SortField<>("COALESCE(e." + field + ", {d '" + NO_DATE + "'})",
                entity -> value.andThen(d -> d == null ? NO_DATE : d).apply(entity), LocalDate::parse);
    }

    public static <T> SortField<T> id(Function<T, UUID> value) {
        return new SortField<>("e.id", value::apply, UUID::fromString);
    }
}
