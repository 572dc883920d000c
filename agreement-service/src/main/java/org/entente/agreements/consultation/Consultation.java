package org.entente.agreements.consultation;

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
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A meeting of the parties under an agreement: when, at what level, about what, with what outcome. */
@Entity
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(nullable = false)
    public LocalDate held;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationLevel level;

    public String name;

    public String location;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_topic", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic")
    @BatchSize(size = 200)
    public List<String> topics = new ArrayList<>();

    public String outcome;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
