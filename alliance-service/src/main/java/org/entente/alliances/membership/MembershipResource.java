package org.entente.alliances.membership;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.alliances.alliance.AllianceService;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.idempotency.IdempotentRequests;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/alliances/{idOrCode}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Membership", description = "Who belongs to an alliance, over time")
@APIResponse(responseCode = "404", description = "No such alliance or membership",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MembershipResource {

    @Inject
    MembershipService memberships;

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
    @Operation(operationId = "listMembers", summary = "The members on a date (default today), or every period with history=true")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    @APIResponse(responseCode = "200", description = "A page of membership periods, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = MembershipView.class)))
    public Response list(
            @PathParam("idOrCode") String idOrCode,
            @QueryParam("asOf") @Parameter(description = "Members on this day (default today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("history") @Parameter(description = "Every membership period, past and present") boolean history,
            @QueryParam("sort") @Parameter(description = "Fields country, joined; `-` for descending", example = "joined") String sort,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        var alliance = alliances.get(idOrCode);
        Optional<LocalDate> day = history ? Optional.empty()
                : Optional.of(QueryParams.date("asOf", asOf).orElseGet(memberships::today));
        SortOrder order = SortOrder.parse(sort, MembershipService.PAGER.sortableFields(), "country,joined");
        return exports.answer(new Listing<>(alliance.code + "-members", MembershipView.CSV_COLUMNS,
                (cursor, size) -> memberships.page(alliance, day, order, cursor, size)), format, after, limit, uri);
    }

    @GET
    @Path("{membershipId}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getMembership", summary = "One membership period, with its ETag")
    @APIResponse(responseCode = "200", description = "The membership period",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response get(@PathParam("idOrCode") String idOrCode, @PathParam("membershipId") String membershipId) {
        return withETag(Response.ok(), memberships.get(idOrCode, membershipId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "admitMember", summary = "Admit a country (a new membership period)")
    @APIResponse(responseCode = "201", description = "Admitted",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "Overlaps another period of the country, or the alliance is dissolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response admit(@PathParam("idOrCode") String idOrCode, @Valid @NotNull MembershipInput input,
                          @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retry safe:"
                                  + " a repeat with the same key and body gets the first answer") String idempotencyKey) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Membership admitted = memberships.admit(idOrCode, input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(admitted.id.toString()).build()), admitted);
        });
    }

    @POST
    @Path("{membershipId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "withdrawMember", summary = "Record that a member left (the first day it no longer belonged)")
    @APIResponse(responseCode = "200", description = "Withdrawn: the period with its end",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "Already left",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("idOrCode") String idOrCode, @PathParam("membershipId") String membershipId,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WithdrawalInput input) {
        return withETag(Response.ok(), memberships.withdraw(idOrCode, membershipId, ifMatch, input.date()));
    }

    @PATCH
    @Path("{membershipId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "correctMembership", summary = "Correct a membership record with a JSON Merge Patch")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = """
            {"joined": "1952-02-18", "role": "MEMBER"}"""))
    @APIResponse(responseCode = "200", description = "The corrected period",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response correct(@PathParam("idOrCode") String idOrCode, @PathParam("membershipId") String membershipId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Schema(implementation = MembershipInput.class) String patch) throws JsonProcessingException {
        return withETag(Response.ok(), memberships.correct(idOrCode, membershipId, ifMatch, patch));
    }

    private static Response withETag(Response.ResponseBuilder response, Membership membership) {
        return response.tag(ETags.of(membership.version)).entity(MembershipView.of(membership)).build();
    }
}
