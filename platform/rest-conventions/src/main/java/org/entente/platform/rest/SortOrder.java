package org.entente.platform.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code sort} parameter such as {@code name,-founded}: fields in order, {@code -} for descending,
 * checked against the fields a listing can sort by.
 */
public record SortOrder(List<Key> keys) {

    public record Key(String field, boolean descending) {
    }

    /**
     * @throws ProblemException 400 naming {@code sort} for an unknown or repeated field
     */
    public static SortOrder parse(String sort, Set<String> sortable, String defaultSort) {
        String text = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Key> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String field = descending || token.startsWith("+") ? token.substring(1) : token;
            if (!sortable.contains(field)) {
                throw ProblemException.invalidField("sort", "cannot sort by \"" + field + "\"; sortable: "
                        + String.join(", ", sortable.stream().sorted().toList()));
            }
            if (!seen.add(field)) {
                throw ProblemException.invalidField("sort", "\"" + field + "\" appears twice");
            }
            keys.add(new Key(field, descending));
        }
        return new SortOrder(List.copyOf(keys));
    }

    /** The canonical text of this order, e.g. {@code name,-founded}. */
    @Override
    public String toString() {
        return String.join(",", keys.stream().map(k -> (k.descending() ? "-" : "") + k.field()).toList());
    }
}
