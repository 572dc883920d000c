package org.entente.alliances.clause;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.CountryCode;

/** The body of {@code POST .../clause-invocations}. */
public record InvocationInput(
        @NotNull @PastOrPresent @Schema(example = "2001-09-12") LocalDate date,
        @NotNull @CountryCode @Schema(example = "USA", description = "The member that was attacked and invoked the clause")
        String invokingMember,
        @NotBlank @Size(max = 4000) @Schema(example = "After the terrorist attacks of 11 September 2001 against the United States")
        String description) {
}
