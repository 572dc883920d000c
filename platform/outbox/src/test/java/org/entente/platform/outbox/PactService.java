package org.entente.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** Changes a pact and publishes the matching event in the same transaction, as a service would. */
@ApplicationScoped
public class PactService {

    private final Outbox outbox;

    PactService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public UUID create(String name) {
        Pact pact = new Pact();
        pact.id = UUID.randomUUID();
        pact.name = name;
        pact.persist();
        outbox.publish(pact.id.toString(), "pact.created.v1", Map.of("id", pact.id, "name", name));
        return pact.id;
    }

    @Transactional
    public void rename(UUID id, String name) {
        Pact pact = Pact.findById(id);
        pact.name = name;
        outbox.publish(id.toString(), "pact.renamed.v1", Map.of("id", id, "name", name));
    }

    @Transactional
    public void createThenFail(UUID id, String name) {
        Pact pact = new Pact();
        pact.id = id;
        pact.name = name;
        pact.persist();
        outbox.publish(id.toString(), "pact.created.v1", Map.of("id", id, "name", name));
        throw new IllegalStateException("a rule failed after the event was written");
    }
}
