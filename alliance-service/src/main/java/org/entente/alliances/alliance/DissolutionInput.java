package org.entente.alliances.alliance;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST .../dissolve}. */
@Schema(example = """
        {"date": "1991-07-01"}""")
public record DissolutionInput(@NotNull @Schema(example = "1991-07-01", description = "The day it was dissolved") LocalDate date) {
}
