package org.entente.alliances.alliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.idempotency.IdempotentRequests;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemResponses;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;
import org.entente.platform.countries.Region;

@Path("/api/v1/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances", description = "Standing multilateral security arrangements and their lifecycle")
public class AllianceResource {

    /** The answer the lifecycle operations share, declared in {@code META-INF/openapi.yaml}. */
    static final String IN_NEW_STATUS = "AllianceInNewStatus";

    private static final String IF_MATCH_DOC = "The ETag of the alliance as last read (required)";

    @Inject
    AllianceService alliances;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAlliances", summary = "List alliances",
            description = "Filters combine with AND. Keyset pagination: pass `next` as `after` for the next page.")
    @APIResponse(responseCode = "200", description = "A page of alliances, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = AllianceView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = AllianceKind.class)) String kind,
            @QueryParam("region") @Parameter(schema = @Schema(implementation = Region.class)) String region,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AllianceStatus.class)) String status,
            @QueryParam("activeOn") @Parameter(description = "Founded on or before, and not dissolved by, this date",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String activeOn,
            @QueryParam("q") @Parameter(description = "Name contains (case-insensitive)") String q,
            @QueryParam("member") @Parameter(description = "Has this country as a member on `activeOn` (default today)",
                    example = "FIN") String member,
            @QueryParam("source") @Parameter(description = "Where the alliances come from: `curated`, or a research data set's id"
                    + " (`atop-5.1`)", example = "atop-5.1") String source,
            @QueryParam("sort") @Parameter(description = "Fields name, code, founded; `-` for descending",
                    example = "-founded,name") String sort,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        AllianceFilter filter = new AllianceFilter(
                QueryParams.enumValue("kind", kind, AllianceKind.class),
                QueryParams.enumValue("region", region, Region.class),
                QueryParams.enumValue("status", status, AllianceStatus.class),
                QueryParams.date("activeOn", activeOn),
                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()),
                QueryParams.country("member", member),
                DataSets.source("source", source));
        SortOrder order = SortOrder.parse(sort, AllianceService.PAGER.sortableFields(), "name");
        return exports.answer(new Listing<>("alliances", AllianceView.CSV_COLUMNS,
                (cursor, size) -> alliances.list(filter, order, cursor, size)), format, after, limit, uri);
    }

    @GET
    @Path("{idOrCode}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAlliance", summary = "Read an alliance by id or code (e.g. NATO)")
    @APIResponse(responseCode = "200", description = "The alliance, with its ETag",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    @APIResponse(responseCode = "404", description = "No such alliance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("idOrCode") String idOrCode) {
        return withETag(Response.ok(), alliances.get(idOrCode));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createAlliance", summary = "Create an alliance")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @ConvertGroup(to = AllianceInput.Curated.class) @NotNull AllianceInput input,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retry safe:"
                                   + " a repeat with the same key and body gets the first answer") String idempotencyKey) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Alliance created = alliances.create(input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()), created);
        });
    }

    @PATCH
    @Path("{idOrCode}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateAlliance", summary = "Change an alliance with a JSON Merge Patch (RFC 7386)",
            description = "Send only what changes; `null` removes an optional field. Status changes through the lifecycle operations.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = """
            {"headquarters": "Brussels, Belgium", "spendingTargetGdpShare": 5.0, "spendingTargetYear": 2035,
             "description": null}"""))
    @APIResponse(responseCode = "200", description = "The changed alliance and its new ETag",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    public Response patch(@PathParam("idOrCode") String idOrCode,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                          @Schema(implementation = AllianceInput.class) String patch) throws JsonProcessingException {
        return withETag(Response.ok(), alliances.patch(idOrCode, ifMatch, patch));
    }

    @POST
    @Path("{idOrCode}/suspend")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "suspendAlliance", summary = "Suspend an active alliance")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response suspend(@PathParam("idOrCode") String idOrCode,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        return withETag(Response.ok(), alliances.suspend(idOrCode, ifMatch));
    }

    @POST
    @Path("{idOrCode}/reactivate")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "reactivateAlliance", summary = "Reactivate a suspended alliance")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response reactivate(@PathParam("idOrCode") String idOrCode,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        return withETag(Response.ok(), alliances.reactivate(idOrCode, ifMatch));
    }

    @POST
    @Path("{idOrCode}/dissolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "dissolveAlliance", summary = "Dissolve an alliance on a date (e.g. the Warsaw Pact, 1991-07-01)")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response dissolve(@PathParam("idOrCode") String idOrCode,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                             @Valid @NotNull DissolutionInput input) {
        return withETag(Response.ok(), alliances.dissolve(idOrCode, ifMatch, input.date()));
    }

    @DELETE
    @Path("{idOrCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAlliance", summary = "Delete an alliance (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("idOrCode") String idOrCode,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        alliances.delete(idOrCode, ifMatch);
        return Response.noContent().build();
    }

    private static Response withETag(Response.ResponseBuilder response, Alliance alliance) {
        return response.tag(ETags.of(alliance.version)).entity(AllianceView.of(alliance)).build();
    }
}
