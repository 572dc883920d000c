package org.entente.alliances.burden;

import java.util.List;
import org.entente.alliances.alliance.AllianceView;

/** The payload of {@code alliance.burden-recorded.v1}. */
public record BurdenRecorded(AllianceView alliance, BurdenFigureView figure, List<String> changed) {
}
