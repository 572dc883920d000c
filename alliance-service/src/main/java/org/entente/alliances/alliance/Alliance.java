package org.entente.alliances.alliance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.entente.platform.countries.Region;

@Entity
public class Alliance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllianceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Column(nullable = false)
    public LocalDate founded;

    @Column(name = "founding_treaty")
    public String foundingTreaty;

    public String headquarters;

    public String description;

    @Column(name = "collective_defense_clause")
    public String collectiveDefenseClause;

    /** The defense spending each member should reach, in percent of its GDP (NATO: 2.0). */
    @Column(name = "spending_target_gdp_share")
    public java.math.BigDecimal spendingTargetGdpShare;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alliance_obligation", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "obligation")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 200)
    public Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alliance_focus_area", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "focus_area")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 200)
    public Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AllianceStatus status = AllianceStatus.ACTIVE;

    public LocalDate dissolved;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** By id, or by code ({@code NATO}) for anything that is not a UUID. */
    public static Optional<Alliance> findByIdOrCode(String idOrCode) {
        try {
            return findByIdOptional(UUID.fromString(idOrCode));
        } catch (IllegalArgumentException notAUuid) {
            return find("code", idOrCode).firstResultOptional();
        }
    }
}
