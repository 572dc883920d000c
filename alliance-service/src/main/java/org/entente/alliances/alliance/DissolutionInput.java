package org.entente.alliances.alliance;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST .../dissolve}. */
public record DissolutionInput(@NotNull @Schema(example = "1991-07-01") LocalDate date) {
}
