package org.entente.exercises.exercise;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a lifecycle operation; {@code cancel} needs the reason. */
@Schema(name = "ReasonInput", example = """
        {"reason": "Typhoon season"}""")
public record ReasonInput(@Size(max = 2000) @Schema(example = "Typhoon season", description = "Why; required to cancel") String reason) {

    static final ReasonInput NONE = new ReasonInput(null);
}
