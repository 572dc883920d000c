package org.entente.platform.rest;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The fields an input record sets, or that differ between two versions of it: the {@code changed}
 * list every event carries. An empty collection counts as absent, and numbers compare by value
 * (2.0 equals 2.00), so a patch that only reformats a value changes nothing.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** The names of the components that hold a value, in declaration order. */
    public static List<String> set(Record input) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            if (normalize(read(component, input)) != null) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    /** The names of the components whose values differ, in declaration order. */
    public static <R extends Record> List<String> changed(R before, R after) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!Objects.equals(normalize(read(component, before)), normalize(read(component, after)))) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    private static Object normalize(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        return value instanceof Collection<?> c && c.isEmpty() ? null : value;
    }

    private static Object read(RecordComponent component, Record input) {
        try {
            return component.getAccessor().invoke(input);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + input.getClass(), e);
        }
    }
}
