package org.entente.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.platform.countries.Countries;

/**
 * Query parameters read by hand, so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer a failed conversion of a query parameter with a bare 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> Optional<E> enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "unknown value \"" + value + "\"; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A country code of the shared reference ({@link Countries}), in a query or path parameter. */
    public static Optional<String> country(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!Countries.isKnown(value)) {
            throw ProblemException.invalidField(name, "unknown country code \"" + value + "\"; " + Countries.CODE_HINT);
        }
        return Optional.of(value);
    }

    /** The page size: default 50, at least 1, at most 200 (docs/api-conventions.md#paging). */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= 200) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("limit", "\"" + value + "\" is not a page size from 1 to 200");
    }

    /** A yes/no parameter: absent or {@code false} is false, {@code true} is true, anything else a 400. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField(name, "true or false, not \"" + value + "\"");
    }

    public static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "\"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
