package org.entente.agreements.agreement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a lifecycle operation; which fields an operation needs is in its description. */
@Schema(name = "TransitionInput", example = """
        {"date": "1960-06-23", "reason": "Ratifications exchanged at Tokyo"}""")
public record TransitionInput(
        @Schema(description = "The day the step takes effect; never in the future, never before the previous step", example = "1960-06-23")
        LocalDate date,
        @Size(max = 2000) @Schema(description = "Why: required to suspend and to terminate") String reason,
        @Schema(description = "enter-into-force only: the first day no longer in force; default from `durationYears`")
        LocalDate expires) {

    static final TransitionInput NONE = new TransitionInput(null, null, null);
}
