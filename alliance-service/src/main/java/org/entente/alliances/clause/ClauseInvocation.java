package org.entente.alliances.clause;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "clause_invocation")
public class ClauseInvocation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "alliance_id", nullable = false)
    public UUID allianceId;

    @Column(name = "invoked_on", nullable = false)
    public LocalDate invokedOn;

    @Column(name = "invoking_member", nullable = false)
    public String invokingMember;

    @Column(nullable = false)
    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
