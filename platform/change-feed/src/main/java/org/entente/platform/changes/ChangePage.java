package org.entente.platform.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One answer of a change feed. */
public record ChangePage(
        @Schema(description = "The changes, oldest first") List<Change> items,
        @Schema(description = "The cursor to pass as `after` next time: after the last change here (never null; the same"
                + " cursor when nothing changed)") String next,
        @Schema(description = "Whether more changes are waiting right now: ask again at once rather than after your"
                + " polling interval") boolean more) {
}
