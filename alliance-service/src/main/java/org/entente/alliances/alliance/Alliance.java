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
import org.entente.platform.rest.DatePrecision;
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

    /** Null for an imported alliance: ATOP gives no region, and none is guessed. */
    @Enumerated(EnumType.STRING)
    public Region region;

    /** The founding day, or the first day of the month or year it is known to ({@link #foundedPrecision}). */
    @Column(nullable = false)
    public LocalDate founded;

    @Enumerated(EnumType.STRING)
    @Column(name = "founded_precision", nullable = false)
    public DatePrecision foundedPrecision = DatePrecision.DAY;

    @Column(name = "founding_treaty")
    public String foundingTreaty;

    public String headquarters;

    public String description;

    @Column(name = "collective_defense_clause")
    public String collectiveDefenseClause;

    /** Where the facts come from. */
    public String source;

    /** The defense spending each member should reach, in percent of its GDP (NATO: 5.0 by 2035). */
    @Column(name = "spending_target_gdp_share")
    public java.math.BigDecimal spendingTargetGdpShare;

    /** The part of the target in core defense, as the alliance defines defense expenditure (NATO: 3.5). */
    @Column(name = "spending_target_core_gdp_share")
    public java.math.BigDecimal spendingTargetCoreGdpShare;

    /** The year by which the target is to be reached (NATO: 2035). */
    @Column(name = "spending_target_year")
    public Integer spendingTargetYear;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "dissolved_precision")
    public DatePrecision dissolvedPrecision;

    /** The research data set it was imported from ({@code atop-5.1}), or null for a curated alliance. */
    @Column(name = "data_set")
    public String dataSet;

    /** Its record's id in that data set (ATOP's atopid). */
    @Column(name = "source_id")
    public String sourceId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The share a member's burden figure is measured against: the core share of a target that has one
     * (NATO's 3.5 of 5 percent, the part the alliance's definition of defense expenditure counts), else
     * the target; null without a target.
     */
    public java.math.BigDecimal figureTarget() {
        return spendingTargetCoreGdpShare != null ? spendingTargetCoreGdpShare : spendingTargetGdpShare;
    }

    /** By id, or by code ({@code NATO}) for anything that is not a UUID. */
    public static Optional<Alliance> findByIdOrCode(String idOrCode) {
        try {
            return findByIdOptional(UUID.fromString(idOrCode));
        } catch (IllegalArgumentException notAUuid) {
            return find("code", idOrCode).firstResultOptional();
        }
    }
}
