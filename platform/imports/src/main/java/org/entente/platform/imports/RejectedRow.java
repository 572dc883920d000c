package org.entente.platform.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row the import did not take, and why, in words a person understands. */
public record RejectedRow(
        @Schema(description = "The row's line in the file (the header is line 1)") long line,
        @Schema(description = "The row's id in the data set (e.g. its atopid), when it has one") String sourceId,
        @Schema(description = "Why the row was not taken") String reason) {
}
