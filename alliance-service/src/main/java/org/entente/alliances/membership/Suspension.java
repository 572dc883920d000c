package org.entente.alliances.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.countries.CountryCode;

/**
 * A member's obligations under the alliance suspended towards one other member, while both stay
 * members (the United States towards New Zealand under ANZUS since 1986).
 *
 * @param since the first day suspended, or the first day of the month or year it is known to
 * @param until the first day no longer suspended; null while it lasts
 */
@Schema(name = "ObligationSuspension", description = "The member's obligations under the alliance suspended towards another member")
public record Suspension(
        @NotNull @CountryCode @Schema(example = "NZL", description = "The member no longer owed them") String towards,
        @NotNull @PastOrPresent @Schema(example = "1986-08-11", description = "The first day suspended") LocalDate since,
        @Schema(description = "How much of `since` is known; absent: the day") DatePrecision sincePrecision,
        @PastOrPresent @Schema(description = "First day no longer suspended; absent while suspended") LocalDate until,
        @Size(max = 1000) @Schema(description = "What was suspended, and why") String note,
        @Size(max = 1000) @Schema(description = "Where the facts come from") String source) {

    public Suspension {
        sincePrecision = since != null && sincePrecision == null ? DatePrecision.DAY : sincePrecision;
    }
}
