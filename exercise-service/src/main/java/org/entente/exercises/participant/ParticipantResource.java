package org.entente.exercises.participant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.exercises.exercise.Exercise;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.exercises.exercise.ExerciseView;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.RecordFields;
import org.entente.platform.tokens.Roles;

/**
 * The countries taking part in an exercise. Each change is a change of the exercise: it needs the
 * exercise's ETag and answers with the exercise and its new ETag.
 */
@Path("/api/v1/exercises/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Who takes part in an exercise, in what role, with what forces")
@APIResponse(responseCode = "409",
        description = "The exercise is completed or cancelled, the country takes part already, or a host would be removed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ParticipantResource {

    /** The answer two operations share, declared in {@code META-INF/openapi.yaml}. */
    static final String WITH_NEW_ETAG = "ExerciseWithNewETag";

    private static final String IF_MATCH_DOC = "The ETag of the exercise as last read (required)";

    @Inject
    ExerciseService exercises;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listExerciseParticipants", summary = "An exercise's participants")
    @APIResponse(responseCode = "200", description = "The participants (JSON, one page; CSV; NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = Participant.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(@PathParam("id") String id, @QueryParam(ExportFormat.PARAMETER) String format) {
        return exports.answer(Listing.whole(id + "-participants", Participant.CSV_COLUMNS, exercises.get(id).participants), format);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "addExerciseParticipant", summary = "Add a participant")
    @APIResponse(responseCode = "201", description = "Added; the exercise with its new ETag",
            content = @Content(schema = @Schema(implementation = ExerciseView.class)))
    public Response add(@PathParam("id") String id,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                        @Valid @NotNull Participant participant) {
        Exercise exercise = exercises.change(id, ifMatch, "exercise.participant-joined.v1", List.of("participants"), participant, e -> {
            requireOpen(e);
            if (e.participant(participant.country()).isPresent()) {
                throw new ProblemException(409, "country: " + participant.country() + " takes part already; change its entry instead");
            }
            e.participants.add(participant);
        });
        return exercises.respond(Response.created(uri.getAbsolutePathBuilder().path(participant.country()).build()), exercise);
    }

    @PATCH
    @Path("{country}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateExerciseParticipant", summary = "Change a participant's role or forces with a JSON Merge Patch")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = """
            {"personnel": 1800, "aircraft": null}"""))
    @APIResponse(responseCode = "200", ref = WITH_NEW_ETAG)
    public Response change(@PathParam("id") String id, @PathParam("country") String country,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                           @Schema(implementation = ParticipantChange.class) String patch) throws JsonProcessingException {
        QueryParams.country("country", country);
        Participant current = participant(exercises.get(id), country);
        ParticipantChange after = BeanValidation.requireValid(validator,
                MergePatch.apply(json, ParticipantChange.of(current), patch, ParticipantChange.class));
        List<String> changed = RecordFields.changed(ParticipantChange.of(current), after);
        if (changed.isEmpty()) {
            Exercise unchanged = exercises.get(id);
            ETags.requireMatch(ifMatch, unchanged.version);
            return exercises.respond(Response.ok(), unchanged);
        }
        Participant updated = after.of(country);
        Exercise exercise = exercises.change(id, ifMatch, "exercise.participant-updated.v1", changed, updated, e -> {
            requireOpen(e);
            Participant was = participant(e, country);
            if (e.hosts.contains(country) && updated.role() != ParticipantRole.HOST && was.role() == ParticipantRole.HOST) {
                throw new ProblemException(409, "role: " + country + " hosts the exercise; change the hosts first");
            }
            e.participants.set(e.participants.indexOf(was), updated);
        });
        return exercises.respond(Response.ok(), exercise);
    }

    @DELETE
    @Path("{country}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "removeExerciseParticipant", summary = "Record that a participant withdrew")
    @APIResponse(responseCode = "200", ref = WITH_NEW_ETAG)
    public Response remove(@PathParam("id") String id, @PathParam("country") String country,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        QueryParams.country("country", country);
        Participant leaving = participant(exercises.get(id), country);
        Exercise exercise = exercises.change(id, ifMatch, "exercise.participant-withdrew.v1", List.of("participants"), leaving, e -> {
            requireOpen(e);
            if (e.hosts.contains(country)) {
                throw new ProblemException(409, country + " hosts the exercise: a host stays a participant; change the hosts first");
            }
            e.participants.remove(participant(e, country));
        });
        return exercises.respond(Response.ok(), exercise);
    }

    private static void requireOpen(Exercise exercise) {
        if (!exercise.status.isOpen()) {
            throw new ProblemException(409, "Participants of a " + exercise.status + " exercise do not change");
        }
    }

    private static Participant participant(Exercise exercise, String country) {
        return exercise.participant(country).orElseThrow(() ->
                new ProblemException(404, "Exercise " + exercise.id + " has no participant " + country));
    }
}
