package org.entente.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reference-data import did: what it created (by code, title or name), and what it left alone because it existed. */
public record ImportSummary(
        @Schema(description = "The records it created, by code, title or name") List<String> created,
        @Schema(description = "The records it left alone because they existed already") List<String> skipped) {
}
