package org.entente.alliances.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST .../members/{id}/withdraw}: the first day the country is no longer a member. */
@Schema(example = """
        {"date": "1992-01-01"}""")
public record WithdrawalInput(
        @NotNull @PastOrPresent @Schema(example = "1992-01-01", description = "The first day the country is no longer a member")
        LocalDate date) {
}
