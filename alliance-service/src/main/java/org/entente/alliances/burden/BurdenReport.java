package org.entente.alliances.burden;

import java.math.BigDecimal;
import java.util.List;

/**
 * Burden-sharing in one year: each member's figure against the target (its core share, when it has
 * one), who meets it, the total, the GDP-weighted share (total expenditure over the members' total
 * GDP, GDP being derived from each figure as expenditure / share) and the members with no figure.
 */
public record BurdenReport(String alliance, int year, BigDecimal targetGdpShare, BigDecimal targetCoreGdpShare,
                           List<BurdenFigureView> figures,
                           List<String> meetingTarget, BigDecimal totalExpenditureUsd, BigDecimal gdpWeightedShare,
                           List<String> withoutFigures) {
}
