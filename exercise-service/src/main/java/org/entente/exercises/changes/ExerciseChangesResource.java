package org.entente.exercises.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.changes.ChangeFeed;
import org.entente.platform.changes.ChangeFeedResource;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.relay.OutboxConfig;

@Path("/api/v1/exercises/changes")
@Tag(name = "Exercises")
public class ExerciseChangesResource extends ChangeFeedResource {

    ExerciseChangesResource(ExerciseChanges log, ObjectMapper json, OutboxConfig outbox) {
        super(new ChangeFeed(log, "exercise", DomainEvent.qualifiedType("exercise.planned.v1"),
                DomainEvent.qualifiedType("exercise.deleted.v1"), json, outbox.retention()));
    }
}
