package org.entente.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A tiny aggregate for the outbox tests. */
@Entity
public class Pact extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;
}
