package org.entente.exercises.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.exercises.exercise.ExerciseFilter;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.exercises.exercise.ExerciseStatus;
import org.entente.exercises.exercise.ExerciseView;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/exercises/events")
@Tag(name = "Live events", description = "Exercise events as they happen, for dashboards (Server-Sent Events)")
public class ExerciseStreamResource {

    /** Every exercise event type, short form (docs/events.md). */
    static final List<String> TYPES = List.of("planned", "announced", "started", "completed", "cancelled", "updated",
            "participant-joined", "participant-updated", "participant-withdrew", "deleted");

    @Inject
    ExerciseEventLog log;

    @Inject
    ExerciseService exercises;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "entente.exercises.stream.heartbeat")
    Duration heartbeat;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "streamExerciseEvents", summary = "Exercise events as Server-Sent Events",
            description = "Each SSE has `id` = the CloudEvent id, `event` = its type (e.g. `org.entente.exercise.started.v1`)"
                    + " and `data` = the CloudEvent as JSON. A comment line every `entente.exercises.stream.heartbeat`"
                    + " (default 15 s) keeps idle proxies from closing the connection. Reconnecting with `Last-Event-ID`"
                    + " replays what was missed from the last `entente.exercises.stream.replay-size` events (default 1000);"
                    + " an older id gets an `event: resync` first, then every event of the window. `snapshot=true` first"
                    + " sends each exercise in progress as `event: exercise.snapshot` (data: the exercise, no id).")
    @APIResponse(responseCode = "200", description = "The stream; it stays open",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "Server-Sent Events (text/event-stream), not JSON")))
    public Multi<OutboundSseEvent> stream(
            @QueryParam("exercise") @Parameter(description = "Only this exercise's events") String exercise,
            @QueryParam("country") @Parameter(description = "Only events of exercises this country takes part in",
                    example = "AUS") String country,
            @QueryParam("type") @Parameter(description = "Only this event type, short (`started`) or full",
                    example = "started") String type,
            @QueryParam("snapshot") @Parameter(description = "Send the exercises in progress first",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String snapshot,
            @HeaderParam("Last-Event-ID") @Parameter(description = "The id of the last event received, to resume") String lastEventId,
            @Context Sse sse) {
        StreamFilter filter = new StreamFilter(Optional.ofNullable(exercise).filter(s -> !s.isBlank()),
                QueryParams.country("country", country), type(type));
        boolean withSnapshot = QueryParams.flag("snapshot", snapshot);
        Multi<OutboundSseEvent> events = Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            String resumeAfter = lastEventId;
            if (withSnapshot) {
                resumeAfter = log.latestId(); // events during the snapshot's read are replayed after it
                for (ExerciseView inProgress : inProgress(filter)) {
                    emitter.emit(sse.newEventBuilder().name("exercise.snapshot").mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(write(inProgress)).build());
                }
            }
            ExerciseEventLog.Subscription subscription = new ExerciseEventLog.Subscription(filter,
                    event -> emitter.emit(toSse(sse, event)));
            emitter.onTermination(() -> log.unsubscribe(subscription));
            log.subscribe(subscription, resumeAfter == null || resumeAfter.isBlank() ? null : resumeAfter);
        });
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(events, heartbeats);
    }

    private static OutboundSseEvent toSse(Sse sse, StreamedEvent event) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder().name(event.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(event.json());
        if (event.id() != null) {
            builder.id(event.id());
        }
        return builder.build();
    }

    private List<ExerciseView> inProgress(StreamFilter filter) {
        ExerciseFilter query = new ExerciseFilter(filter.country().map(List::of).orElse(List.of()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(ExerciseStatus.IN_PROGRESS), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return exercises.list(query, SortOrder.parse("name", java.util.Set.of("name"), "name"), null, 200).items().stream()
                .filter(e -> filter.exercise().map(e.id()::equals).orElse(true)).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> type(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        String shortType = type.replaceFirst("^org\\.entente\\.exercise\\.", "").replaceFirst("\\.v1$", "");
        if (!TYPES.contains(shortType)) {
            throw ProblemException.invalidField("type", "unknown event type \"" + type + "\"; known: " + String.join(", ", TYPES));
        }
        return Optional.of("org.entente.exercise." + shortType + ".v1");
    }
}
