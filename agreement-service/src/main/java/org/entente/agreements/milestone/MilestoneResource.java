package org.entente.agreements.milestone;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementService;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements/{agreementId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Objectives' dated steps, their progress, and what is overdue")
@APIResponse(responseCode = "404", description = "No such agreement or milestone",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MilestoneResource {

    private static final String IF_MATCH_DOC = "The ETag of the milestone as last read (required)";

    @Inject
    MilestoneService milestones;

    @Inject
    AgreementService agreements;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAgreementMilestones", summary = "An agreement's milestones, by due date")
    @APIResponse(responseCode = "200", description = "A page of milestones, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = MilestoneView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(@PathParam("agreementId") String agreementId,
                         @QueryParam("sort") @Parameter(description = "Fields due, title; `-` for descending", example = "due") String sort,
                         @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
                         @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                                 schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
                         @QueryParam(ExportFormat.PARAMETER) String format) {
        SortOrder order = SortOrder.parse(sort, MilestoneService.PAGER.sortableFields(), "due");
        Agreement agreement = agreements.get(agreementId);
        return exports.answer(new Listing<>(agreementId + "-milestones", MilestoneView.CSV_COLUMNS,
                (cursor, size) -> milestones.ofAgreement(agreement, order, cursor, size)), format, after, limit, uri);
    }

    @GET
    @Path("{milestoneId}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAgreementMilestone", summary = "Read a milestone")
    @APIResponse(responseCode = "200", description = "The milestone, with its ETag",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response get(@PathParam("agreementId") String agreementId, @PathParam("milestoneId") String milestoneId) {
        return withETag(Response.ok(), milestones.get(agreementId, milestoneId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "addAgreementMilestone", summary = "Add a milestone to an agreement")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag set",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response add(@PathParam("agreementId") String agreementId, @Valid @NotNull MilestoneInput input) {
        Milestone added = milestones.add(agreementId, input);
        return withETag(Response.created(uri.getAbsolutePathBuilder().path(added.id.toString()).build()), added);
    }

    @PATCH
    @Path("{milestoneId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateAgreementMilestone", summary = "Report progress or change a milestone with a JSON Merge Patch",
            description = "Setting status COMPLETED sets progress to 100 unless the patch gives another value, which is refused.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = """
            {"status": "COMPLETED", "notes": "Deployed on schedule"}"""))
    @APIResponse(responseCode = "200", description = "The changed milestone and its new ETag",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response patch(@PathParam("agreementId") String agreementId, @PathParam("milestoneId") String milestoneId,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                          @Schema(implementation = MilestoneInput.class) String patch) throws JsonProcessingException {
        return withETag(Response.ok(), milestones.patch(agreementId, milestoneId, ifMatch, patch));
    }

    @DELETE
    @Path("{milestoneId}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "removeAgreementMilestone", summary = "Remove a milestone entered by mistake")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("agreementId") String agreementId, @PathParam("milestoneId") String milestoneId,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        milestones.remove(agreementId, milestoneId, ifMatch);
        return Response.noContent().build();
    }

    private Response withETag(Response.ResponseBuilder response, Milestone milestone) {
        return response.tag(ETags.of(milestone.version)).entity(milestones.view(milestone)).build();
    }
}
