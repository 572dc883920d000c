package org.entente.alliances.alliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.platform.countries.Region;

/** An alliance as the API shows it and as events carry it. */
public record AllianceView(
        UUID id, String code, String name, AllianceKind kind, Region region, LocalDate founded,
        String foundingTreaty, String headquarters, String description, List<FocusArea> focusAreas,
        List<Obligation> obligations, String collectiveDefenseClause, java.math.BigDecimal spendingTargetGdpShare,
        AllianceStatus status, LocalDate dissolved,
        Instant createdAt, Instant updatedAt) {

    public static AllianceView of(Alliance a) {
        return new AllianceView(a.id, a.code, a.name, a.kind, a.region, a.founded, a.foundingTreaty, a.headquarters,
                a.description, a.focusAreas.stream().sorted().toList(), a.obligations.stream().sorted().toList(),
                a.collectiveDefenseClause, a.spendingTargetGdpShare, a.status, a.dissolved, a.createdAt, a.updatedAt);
    }
}
