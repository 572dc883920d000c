package org.entente.alliances.clause;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.CountryCode;

/** The body of {@code POST .../clause-invocations}. */
@Schema(example = """
        {"date": "2001-09-12", "invokingMember": "USA",
         "description": "After the terrorist attacks of 11 September 2001 against the United States"}""")
public record InvocationInput(
        @NotNull @PastOrPresent @Schema(example = "2001-09-12", description = "When the clause was invoked") LocalDate date,
        @NotNull @CountryCode @Schema(example = "USA", description = "The member that was attacked and invoked the clause")
        String invokingMember,
        @NotBlank @Size(max = 4000) @Schema(example = "After the terrorist attacks of 11 September 2001 against the United States",
                description = "What happened")
        String description) {
}
