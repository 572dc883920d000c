package org.entente.platform.export;

import java.util.List;
import org.entente.platform.rest.Page;

/**
 * A list endpoint's records with its filters applied: the pages of its JSON answer, which an export
 * walks to the end; {@code name} names the export's file ({@code alliances-2025-06-01.csv}). Whatever
 * can fail on the request (a parameter, an unknown parent resource) is checked before, in the
 * resource: once an export has started, its status is sent.
 */
public record Listing<T>(String name, CsvRows<T> csv, Pages<T> pages) {

    /** One page: at most {@code limit} records after the cursor {@code after} (null: from the start). */
    @FunctionalInterface
    public interface Pages<T> {
        Page<T> page(String after, int limit);
    }

    /**
     * A small collection answered as one page (no paging, no cursor), read before the answer starts so
     * that its errors (an unknown parent: 404) are answered as problems.
     */
    public static <T> Listing<T> whole(String name, CsvRows<T> csv, List<T> items) {
        return new Listing<>(name, csv, (after, limit) -> new Page<>(items, null));
    }
}
