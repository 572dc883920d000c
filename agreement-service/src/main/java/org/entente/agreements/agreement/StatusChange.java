package org.entente.agreements.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.entente.platform.rest.DatePrecision;

/** One step of an agreement's lifecycle history: the operation, the status it led to, and the day it took effect. */
@Entity
@Table(name = "agreement_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    /** 1, 2, 3... per agreement, in the order the steps were recorded. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    /** The day the step took effect; unknown (null) for the proposal of an agreement recorded after the fact. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /** How much of {@link #effectiveOn} is known: a step recorded from a data set may be known to the month or year only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "effective_precision")
    public DatePrecision effectivePrecision;

    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
