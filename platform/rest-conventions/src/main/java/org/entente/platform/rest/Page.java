package org.entente.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection: {@code {"items": [...], "next": "<opaque cursor>" | null}}. Collections are
 * never bare arrays, so a page can grow fields without breaking clients.
 */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = Page.NEXT_DOC, nullable = true) String next) {

    /** What {@code next} is, for the documents. */
    public static final String NEXT_DOC = "Cursor of the next page (pass it as `after`); null on the last page";

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }
}
