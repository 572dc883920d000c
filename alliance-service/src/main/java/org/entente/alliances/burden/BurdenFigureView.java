package org.entente.alliances.burden;

import java.math.BigDecimal;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's figure for a year, with whether it meets the alliance's target, or the target's core
 * share when it has one ({@code null} when the alliance has no target).
 */
@Schema(example = """
        {"country": "POL", "countryName": "Poland", "year": 2024, "expenditureUsd": 35000000000, "gdpShare": 4.12,
         "meetsTarget": true}""")
public record BurdenFigureView(
        @Schema(description = "The member, ISO 3166-1 alpha-3") String country,
        @Schema(description = "The member's name") String countryName,
        @Schema(description = "The year of the figure") int year,
        @Schema(description = "Defense expenditure in current US dollars") BigDecimal expenditureUsd,
        @Schema(description = "Defense expenditure in percent of GDP") BigDecimal gdpShare,
        @Schema(description = "Whether `gdpShare` reaches the alliance's target (its core share when it has one); null when it"
                + " has no target") Boolean meetsTarget) {

    static BurdenFigureView of(BurdenFigure figure, BigDecimal target) {
        return new BurdenFigureView(figure.country, Countries.find(figure.country).map(Country::name).orElse(figure.country),
                figure.year, figure.expenditureUsd, figure.gdpShare,
                target == null ? null : figure.gdpShare.compareTo(target) >= 0);
    }
}
