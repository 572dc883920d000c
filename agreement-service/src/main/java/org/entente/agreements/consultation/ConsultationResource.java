package org.entente.agreements.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementResource;
import org.entente.agreements.agreement.AgreementService;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements/{agreementId}/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "Regular dialogues held under an agreement")
@APIResponse(responseCode = "404", ref = AgreementResource.NO_SUCH_AGREEMENT)
public class ConsultationResource {

    @Inject
    ConsultationService consultations;

    @Inject
    AgreementService agreements;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAgreementConsultations", summary = "The consultations held under an agreement, latest first by default")
    @APIResponse(responseCode = "200", description = "A page of consultations, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = ConsultationView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(@PathParam("agreementId") String agreementId,
                         @QueryParam("sort") @Parameter(description = "Field held; `-` for descending", example = "-held") String sort,
                         @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
                         @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                                 schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
                         @QueryParam(ExportFormat.PARAMETER) String format) {
        SortOrder order = SortOrder.parse(sort, ConsultationService.PAGER.sortableFields(), "-held");
        Agreement agreement = agreements.get(agreementId);
        return exports.answer(new Listing<>(agreementId + "-consultations", ConsultationView.CSV_COLUMNS,
                (cursor, size) -> consultations.ofAgreement(agreement, order, cursor, size)), format, after, limit, uri);
    }

    @GET
    @Path("{consultationId}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAgreementConsultation", summary = "Read a consultation")
    @APIResponse(responseCode = "200", description = "The consultation",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public ConsultationView get(@PathParam("agreementId") String agreementId, @PathParam("consultationId") String consultationId) {
        return consultations.get(agreementId, consultationId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "recordAgreementConsultation", summary = "Record a consultation held under an agreement")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ConsultationView.class)))
    public Response record(@PathParam("agreementId") String agreementId, @Valid @NotNull ConsultationInput input) {
        ConsultationView recorded = consultations.record(agreementId, input);
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build()).entity(recorded).build();
    }
}
