package org.entente.alliances.clause;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.idempotency.IdempotentRequests;
import org.entente.platform.rest.Problem;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/alliances/{idOrCode}/clause-invocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collective defense", description = "Invocations of an alliance's collective-defense clause")
public class ClauseResource {

    @Inject
    ClauseService clauses;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    Exports exports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listClauseInvocations",
            summary = "Every invocation of the alliance's collective-defense clause, oldest first")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    @APIResponse(responseCode = "200", description = "The invocations (JSON, one page; CSV; NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = InvocationView.class)))
    public Response list(@PathParam("idOrCode") String idOrCode, @QueryParam(ExportFormat.PARAMETER) String format) {
        return exports.answer(Listing.whole(idOrCode + "-clause-invocations", InvocationView.CSV_COLUMNS,
                clauses.list(idOrCode).stream().map(InvocationView::of).toList()), format);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "recordClauseInvocation", summary = "Record an invocation (e.g. NATO's Article 5 on 2001-09-12)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = InvocationView.class)))
    @APIResponse(responseCode = "409", description = "The alliance has no collective-defense clause",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("idOrCode") String idOrCode, @Valid @NotNull InvocationInput input,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retry safe:"
                                   + " a repeat with the same key and body gets the first answer") String idempotencyKey) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            ClauseInvocation recorded = clauses.record(idOrCode, input);
            return Response.created(uri.getAbsolutePathBuilder().path(recorded.id.toString()).build())
                    .entity(InvocationView.of(recorded)).build();
        });
    }
}
