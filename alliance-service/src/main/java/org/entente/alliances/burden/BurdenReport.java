package org.entente.alliances.burden;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Burden-sharing in one year: each member's figure against the target (its core share, when it has
 * one), who meets it, the total, the GDP-weighted share (total expenditure over the members' total
 * GDP, GDP being derived from each figure as expenditure / share) and the members with no figure.
 */
@Schema(example = """
        {"alliance": "NATO", "year": 2024, "targetGdpShare": 5.0, "targetCoreGdpShare": 3.5,
         "figures": [{"country": "POL", "countryName": "Poland", "year": 2024, "expenditureUsd": 35000000000, "gdpShare": 4.12,
                      "meetsTarget": true},
                     {"country": "USA", "countryName": "United States of America", "year": 2024,
                      "expenditureUsd": 916015000000, "gdpShare": 3.36, "meetsTarget": false}],
         "meetingTarget": ["POL"], "totalExpenditureUsd": 951015000000, "gdpWeightedShare": 3.38,
         "withoutFigures": ["ALB", "BEL"]}""")
public record BurdenReport(
        @Schema(description = "The alliance's code") String alliance,
        @Schema(description = "The year reported") int year,
        @Schema(description = "The alliance's defense spending target in percent of GDP; null without one") BigDecimal targetGdpShare,
        @Schema(description = "The target's core-defense share, which figures are held against when it is set")
        BigDecimal targetCoreGdpShare,
        @Schema(description = "Each member's figure for the year") List<BurdenFigureView> figures,
        @Schema(description = "The members whose figure meets the target") List<String> meetingTarget,
        @Schema(description = "The members' defense expenditure together, in current US dollars") BigDecimal totalExpenditureUsd,
        @Schema(description = "Total expenditure over the members' total GDP, in percent (GDP derived from each figure as"
                + " expenditure / share); null when no figure has a share") BigDecimal gdpWeightedShare,
        @Schema(description = "The members during the year that have no figure for it") List<String> withoutFigures) {
}
