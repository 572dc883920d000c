package org.entente.alliances.burden;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT .../burden-sharing/{year}/{country}}. */
@Schema(example = """
        {"expenditureUsd": 35000000000, "gdpShare": 4.12}""")
public record BurdenInput(
        @NotNull @DecimalMin("0.0") @Digits(integer = 16, fraction = 2)
        @Schema(example = "916015000000", description = "Defense expenditure in current US dollars") BigDecimal expenditureUsd,
        @NotNull @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 2)
        @Schema(example = "3.36", description = "Defense expenditure in percent of GDP") BigDecimal gdpShare) {
}
