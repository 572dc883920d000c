package org.entente.agreements.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.changes.ChangeFeed;
import org.entente.platform.changes.ChangeFeedResource;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxChanges;
import org.entente.platform.relay.OutboxConfig;

@Path("/api/v1/agreements/changes")
@Tag(name = "Agreements")
public class AgreementChangesResource extends ChangeFeedResource {

    AgreementChangesResource(OutboxChanges log, ObjectMapper json, OutboxConfig outbox) {
        super(new ChangeFeed(log, "agreement", DomainEvent.qualifiedType("agreement.proposed.v1"),
                DomainEvent.qualifiedType("agreement.deleted.v1"), json, outbox.retention()));
    }
}
