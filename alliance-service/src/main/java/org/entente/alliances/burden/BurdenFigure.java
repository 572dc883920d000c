package org.entente.alliances.burden;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One member's defense expenditure in one year, and its share of the member's GDP. */
@Entity
@Table(name = "burden_figure")
public class BurdenFigure extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "alliance_id", nullable = false)
    public UUID allianceId;

    @Column(nullable = false)
    public String country;

    @Column(nullable = false)
    public int year;

    @Column(name = "expenditure_usd", nullable = false)
    public BigDecimal expenditureUsd;

    /** Percent of GDP, 0 to 100. */
    @Column(name = "gdp_share", nullable = false)
    public BigDecimal gdpShare;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
