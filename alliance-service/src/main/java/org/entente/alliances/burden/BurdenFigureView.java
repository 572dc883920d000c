package org.entente.alliances.burden;

import java.math.BigDecimal;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;

/**
 * A member's figure for a year, with whether it meets the alliance's target, or the target's core
 * share when it has one ({@code null} when the alliance has no target).
 */
public record BurdenFigureView(String country, String countryName, int year, BigDecimal expenditureUsd,
                               BigDecimal gdpShare, Boolean meetsTarget) {

    static BurdenFigureView of(BurdenFigure figure, BigDecimal target) {
        return new BurdenFigureView(figure.country, Countries.find(figure.country).map(Country::name).orElse(figure.country),
                figure.year, figure.expenditureUsd, figure.gdpShare,
                target == null ? null : figure.gdpShare.compareTo(target) >= 0);
    }
}
