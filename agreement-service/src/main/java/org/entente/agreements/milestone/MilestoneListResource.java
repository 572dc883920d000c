package org.entente.agreements.milestone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
public class MilestoneListResource {

    @Inject
    MilestoneService milestones;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listMilestones", summary = "Milestones across all agreements, e.g. the overdue ones",
            description = "Overdue: PLANNED or IN_PROGRESS with a due day before today (UTC).")
    @APIResponse(responseCode = "200", description = "A page of milestones, each with its agreement, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = MilestoneView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(
            @QueryParam("overdue") @Parameter(description = "Only overdue milestones",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("party") @Parameter(description = "Only milestones of this country's agreements", example = "PHL") String party,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MilestoneStatus.class)) String status,
            @QueryParam("sort") @Parameter(description = "Fields due, title; `-` for descending", example = "due") String sort,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        SortOrder order = SortOrder.parse(sort, MilestoneService.PAGER.sortableFields(), "due");
        boolean overdueOnly = QueryParams.flag("overdue", overdue);
        Optional<String> ofParty = QueryParams.country("party", party);
        Optional<MilestoneStatus> inStatus = QueryParams.enumValue("status", status, MilestoneStatus.class);
        return exports.answer(new Listing<>("milestones", MilestoneView.CSV_COLUMNS,
                (cursor, size) -> milestones.across(overdueOnly, ofParty, inStatus, order, cursor, size)),
                format, after, limit, uri);
    }
}
