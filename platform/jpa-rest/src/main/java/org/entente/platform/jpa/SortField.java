package org.entente.platform.jpa;

import java.util.function.Function;

/**
 * A field a listing can sort by: its JPQL path, how to read it from an entity for the cursor, and
 * how to turn a cursor's text back into a query parameter.
 */
public record SortField<T>(String path, Function<T, Object> value, Function<String, Object> parse) {

    public static <T> SortField<T> text(String path, Function<T, Object> value) {
        return new SortField<>(path, value, s -> s);
    }
}
