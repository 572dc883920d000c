package org.entente.alliances.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.changes.ChangeFeed;
import org.entente.platform.changes.ChangeFeedResource;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxChanges;
import org.entente.platform.relay.OutboxConfig;

@Path("/api/v1/alliances/changes")
@Tag(name = "Alliances")
public class AllianceChangesResource extends ChangeFeedResource {

    AllianceChangesResource(OutboxChanges log, ObjectMapper json, OutboxConfig outbox) {
        super(new ChangeFeed(log, "alliance", DomainEvent.qualifiedType("alliance.created.v1"),
                DomainEvent.qualifiedType("alliance.deleted.v1"), json, outbox.retention()));
    }
}
