package org.entente.agreements.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated, measurable step an agreement commits its parties to: what holds them accountable. */
@Entity
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    /** Percent done, 0 to 100; a completed milestone is at 100. */
    @Column(nullable = false)
    public int progress;

    public String notes;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    boolean overdueOn(LocalDate today) {
        return status.isOpen() && due.isBefore(today);
    }
}
