package org.entente.exercises.exercise;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.exercises.imports.ExerciseDataSets;
import org.entente.platform.countries.Region;
import org.entente.platform.idempotency.IdempotentRequests;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.OptionalBody;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemResponses;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "Multinational military exercises and their lifecycle")
public class ExerciseResource {

    private static final String IF_MATCH_DOC = "The ETag of the exercise as last read (required)";

    @Inject
    ExerciseService exercises;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listExercises", summary = "List exercises",
            description = "Filters combine with AND. `from`/`to`: exercises whose dates overlap the range (a month-only date"
                    + " counts as the whole month). Keyset pagination: pass `next` as `after` for the next page.")
    @APIResponse(responseCode = "200", description = "A page of exercises, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = ExerciseView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(
            @QueryParam("country") @Parameter(description = "Has this participant; repeated, has all of them (at most "
                    + ExerciseFilter.MAX_COUNTRIES + "): `country=USA&country=GBR` are their joint exercises", example = "AUS")
            List<String> country,
            @QueryParam("host") @Parameter(description = "Hosted by this country", example = "USA") String host,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ExerciseType.class)) String type,
            @QueryParam("series") @Parameter(example = "RIMPAC") String series,
            @QueryParam("region") @Parameter(schema = @Schema(implementation = Region.class)) String region,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ExerciseStatus.class)) String status,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("alliance") @Parameter(description = "Held under this alliance", example = "NATO") String alliance,
            @QueryParam("agreement") @Parameter(description = "Held under this agreement (id)") String agreement,
            @QueryParam("q") @Parameter(description = "Name contains (case-insensitive)") String q,
            @QueryParam("source") @Parameter(description = "Where they come from: `curated` (made here) or a research data set"
                    + " they were imported from (`mme-7`)", example = "mme-7") String source,
            @QueryParam("sort") @Parameter(description = "Fields name (exercises without one first), start, end; `-` for descending",
                    example = "-start") String sort,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        ExerciseFilter filter = new ExerciseFilter(
                ExerciseFilter.countries(country),
                QueryParams.country("host", host),
                QueryParams.enumValue("type", type, ExerciseType.class),
                Optional.ofNullable(series).filter(s -> !s.isBlank()),
                QueryParams.enumValue("region", region, Region.class),
                QueryParams.enumValue("status", status, ExerciseStatus.class),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                Optional.ofNullable(alliance).filter(s -> !s.isBlank()),
                Optional.ofNullable(agreement).filter(s -> !s.isBlank()),
                Optional.ofNullable(q).filter(s -> !s.isBlank()),
                ExerciseDataSets.source("source", source));
        SortOrder order = SortOrder.parse(sort, ExerciseStore.SORTABLE.keySet(), "-start");
        return exports.answer(new Listing<>("exercises", ExerciseView.CSV_COLUMNS,
                (cursor, size) -> exercises.list(filter, order, cursor, size)), format, after, limit, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getExercise", summary = "Read an exercise")
    @APIResponse(responseCode = "200", description = "The exercise, with its ETag",
            content = @Content(schema = @Schema(implementation = ExerciseView.class)))
    public Response get(@PathParam("id") String id) {
        return withETag(Response.ok(), exercises.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createExercise", summary = "Plan an exercise, with its first participants (every host among them)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ExerciseInput input,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retry safe:"
                                   + " a repeat with the same key and body gets the first answer") String idempotencyKey) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Exercise created = exercises.create(input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(created.id).build()), created);
        });
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateExercise", summary = "Change an exercise with a JSON Merge Patch (RFC 7386)",
            description = "Send only what changes; `null` removes an optional field. Participants change through"
                    + " `/participants`, the status through the lifecycle operations.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = """
            {"end": "2024-08-02", "objectives": ["Interoperability of the participating navies", "Maritime security operations",
             "Humanitarian assistance and disaster relief"], "source": null}"""))
    @APIResponse(responseCode = "200", description = "The changed exercise and its new ETag",
            content = @Content(schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "409", description = "Completed or cancelled exercises do not change; or the name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                          @Schema(implementation = ExerciseInput.class) String patch) throws JsonProcessingException {
        return withETag(Response.ok(), exercises.patch(id, ifMatch, patch));
    }

    @POST
    @Path("{id}/{operation: announce|start|complete|cancel}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "changeExerciseStatus",
            summary = "A lifecycle operation: announce, start, complete, or cancel (with `reason`)",
            description = "PLANNED: announce, start, cancel. ANNOUNCED: start, cancel. IN_PROGRESS: complete, cancel."
                    + " Start and complete also happen by themselves on the exercise's dates.")
    @APIResponse(responseCode = "200", description = "The exercise in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response operate(@PathParam("id") String id, @PathParam("operation") String operation,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = ReasonInput.class))) String body) throws JsonProcessingException {
        ReasonInput input = OptionalBody.read(body, headers.getMediaType(), ReasonInput.class, ReasonInput.NONE,
                json, validator);
        ExerciseLifecycle step = ExerciseLifecycle.valueOf(operation.toUpperCase());
        return withETag(Response.ok(), exercises.change(id, ifMatch, step.eventType(), step.changed(), null,
                exercise -> step.apply(exercise, input.reason())));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteExercise", summary = "Delete an exercise (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        exercises.delete(id, ifMatch);
        return Response.noContent().build();
    }

    private Response withETag(Response.ResponseBuilder response, Exercise exercise) {
        return exercises.respond(response, exercise);
    }
}
