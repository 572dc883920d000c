package org.entente.agreements.agreement;

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
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.idempotency.IdempotentRequests;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.OptionalBody;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.ProblemResponses;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Bilateral defense agreements and their lifecycle")
public class AgreementResource {

    /** Answers several operations share, declared in {@code META-INF/openapi.yaml}. */
    public static final String IN_NEW_STATUS = "AgreementInNewStatus";
    public static final String NO_SUCH_AGREEMENT = "NoSuchAgreement";

    private static final String IF_MATCH_DOC = "The ETag of the agreement as last read (required)";

    @Inject
    AgreementService agreements;

    @Inject
    Exports exports;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Filters combine with AND. Keyset pagination: pass `next` as `after` for the next page.")
    @APIResponse(responseCode = "200", description = "A page of agreements, or all of them (CSV, NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = AgreementView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response list(
            @QueryParam("party") @Parameter(description = "One of the two parties", example = "JPN") String party,
            @QueryParam("pair") @Parameter(description = "Both parties, in either order", example = "USA,JPN") String pair,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = AgreementType.class)) String type,
            @QueryParam("scope") @Parameter(description = "Covers this scope area",
                    schema = @Schema(implementation = ScopeArea.class)) String scope,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = AgreementStatus.class)) String status,
            @QueryParam("inForceOn") @Parameter(description = "In force on this day: entered into force, not expired, not terminated"
                    + " (a suspended agreement is still in force); an entry into force known to the month or year counts from"
                    + " its last day", schema = @Schema(type = SchemaType.STRING, format = "date")) String inForceOn,
            @QueryParam("signedFrom") @Parameter(description = "Signed on or after this day (a signing known to the month or year:"
                    + " its period ends on or after it)", schema = @Schema(type = SchemaType.STRING, format = "date")) String signedFrom,
            @QueryParam("signedTo") @Parameter(description = "Signed on or before this day (a signing known to the month or year:"
                    + " its period starts on or before it)", schema = @Schema(type = SchemaType.STRING, format = "date")) String signedTo,
            @QueryParam("q") @Parameter(description = "Title contains (case-insensitive)") String q,
            @QueryParam("source") @Parameter(description = "Where the agreements come from: `curated`, or a research data set's id"
                    + " (`dcad-1.0`)", example = "dcad-1.0") String source,
            @QueryParam("sort") @Parameter(
                    description = "Fields title, signed, enteredIntoForce, expires (absent dates last); `-` for descending",
                    example = "-signed") String sort,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Page size, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        AgreementFilter filter = new AgreementFilter(
                QueryParams.country("party", party),
                pair(pair),
                QueryParams.enumValue("type", type, AgreementType.class),
                QueryParams.enumValue("scope", scope, ScopeArea.class),
                QueryParams.enumValue("status", status, AgreementStatus.class),
                QueryParams.date("inForceOn", inForceOn),
                QueryParams.date("signedFrom", signedFrom),
                QueryParams.date("signedTo", signedTo),
                Optional.ofNullable(q).filter(s -> !s.isBlank()),
                DataSets.source("source", source));
        SortOrder order = SortOrder.parse(sort, AgreementService.PAGER.sortableFields(), "title");
        return exports.answer(new Listing<>("agreements", AgreementView.CSV_COLUMNS,
                (cursor, size) -> agreements.list(filter, order, cursor, size)), format, after, limit, uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAgreement", summary = "Read an agreement")
    @APIResponse(responseCode = "200", description = "The agreement, with its ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", ref = NO_SUCH_AGREEMENT)
    public Response get(@PathParam("id") String id) {
        return withETag(Response.ok(), agreements.get(id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getAgreementHistory", summary = "Every lifecycle step of an agreement, oldest first",
            description = "Operations propose, open-negotiation, sign, enter-into-force, suspend, resume, terminate, and the"
                    + " automatic renew and expire; each with the status it led to and the day it took effect.")
    @APIResponse(responseCode = "200", description = "The history (JSON, one page; CSV; NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = StatusChangeView.class)))
    @APIResponse(responseCode = "404", ref = NO_SUCH_AGREEMENT)
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response history(@PathParam("id") String id, @QueryParam(ExportFormat.PARAMETER) String format) {
        return exports.answer(Listing.whole(id + "-history", StatusChangeView.CSV_COLUMNS, agreements.history(id)), format);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "createAgreement", summary = "Propose an agreement, or record one already signed or in force",
            description = "Without dates the agreement is PROPOSED. With `signed` it is recorded as SIGNED, with `signed` and"
                    + " `enteredIntoForce` as IN_FORCE (and at once renewed or expired if its expiry has passed); the"
                    + " history and the events show each step.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public Response create(@Valid @NotNull AgreementInput input,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Makes a retry safe:"
                                   + " a repeat with the same key and body gets the first answer") String idempotencyKey) {
        return idempotency.once(idempotencyKey, "POST " + uri.getPath(), input, () -> {
            Agreement created = agreements.create(input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()), created);
        });
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "updateAgreement", summary = "Change an agreement with a JSON Merge Patch (RFC 7386)",
            description = "Send only what changes; `null` removes an optional field. Status changes through the lifecycle"
                    + " operations; `signed` and `enteredIntoForce` can be corrected once set, not set; the parties of a"
                    + " signed agreement do not change.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = """
            {"objectives": ["Deter an armed attack on Japan", "Keep U.S. forces forward-deployed in East Asia"],
             "source": "Treaty text, Article X; ratifications exchanged at Tokyo on 23 June 1960"}"""))
    @APIResponse(responseCode = "200", description = "The changed agreement and its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "The change conflicts with the agreement's status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") String id,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                          @Schema(implementation = AgreementInput.class) String patch) throws JsonProcessingException {
        return withETag(Response.ok(), agreements.patch(id, ifMatch, patch));
    }

    @POST
    @Path("{id}/open-negotiation")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "openAgreementNegotiation", summary = "PROPOSED to NEGOTIATING; `date` optional (default today)")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response openNegotiation(@PathParam("id") String id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                                    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = TransitionInput.class))) String body) throws JsonProcessingException {
        return operate(id, ifMatch, body, Lifecycle::openNegotiation);
    }

    @POST
    @Path("{id}/sign")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "signAgreement", summary = "NEGOTIATING to SIGNED; `date` required")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response sign(@PathParam("id") String id,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                         @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = TransitionInput.class))) String body) throws JsonProcessingException {
        return operate(id, ifMatch, body, Lifecycle::sign);
    }

    @POST
    @Path("{id}/enter-into-force")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "enterAgreementIntoForce", summary = "SIGNED to IN_FORCE; `date` required, not before the signing",
            description = "`expires` optional: default the recorded expiry, else the entry into force plus `durationYears`.")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response enterIntoForce(@PathParam("id") String id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                                   @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = TransitionInput.class))) String body) throws JsonProcessingException {
        return operate(id, ifMatch, body, Lifecycle::enterIntoForce);
    }

    @POST
    @Path("{id}/suspend")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "suspendAgreement", summary = "IN_FORCE to SUSPENDED; `reason` required, `date` optional (default today)")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response suspend(@PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = TransitionInput.class))) String body) throws JsonProcessingException {
        return operate(id, ifMatch, body, Lifecycle::suspend);
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "resumeAgreement", summary = "SUSPENDED to IN_FORCE; `date` optional (default today)")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response resume(@PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                           @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = TransitionInput.class))) String body) throws JsonProcessingException {
        return operate(id, ifMatch, body, Lifecycle::resume);
    }

    @POST
    @Path("{id}/terminate")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "terminateAgreement",
            summary = "End an agreement that has not ended; `date` (first day no longer in force) and `reason` required")
    @APIResponse(responseCode = "200", ref = IN_NEW_STATUS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)
    public Response terminate(@PathParam("id") String id,
                              @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch,
                              @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = TransitionInput.class))) String body) throws JsonProcessingException {
        return operate(id, ifMatch, body, Lifecycle::terminate);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAgreement", summary = "Delete an agreement with its history, milestones and consultations (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC) String ifMatch) {
        agreements.delete(id, ifMatch);
        return Response.noContent().build();
    }

    private Response operate(String id, String ifMatch, String body, LifecycleOperation operation) throws JsonProcessingException {
        TransitionInput input = OptionalBody.read(body, headers.getMediaType(), TransitionInput.class, TransitionInput.NONE,
                json, validator);
        return withETag(Response.ok(), agreements.operate(id, ifMatch, (lifecycle, a) -> operation.apply(lifecycle, a, input)));
    }

    private static Optional<List<String>> pair(String pair) {
        if (pair == null || pair.isBlank()) {
            return Optional.empty();
        }
        String[] codes = pair.split(",", -1);
        if (codes.length != 2 || codes[0].equals(codes[1])) {
            throw ProblemException.invalidField("pair", "two different country codes separated by a comma, e.g. USA,JPN");
        }
        return Optional.of(List.of(
                QueryParams.country("pair", codes[0].trim())
                        .orElseThrow(() -> ProblemException.invalidField("pair", "two country codes")),
                QueryParams.country("pair", codes[1].trim())
                        .orElseThrow(() -> ProblemException.invalidField("pair", "two country codes"))));
    }

    private static Response withETag(Response.ResponseBuilder response, Agreement agreement) {
        return response.tag(ETags.of(agreement.version)).entity(AgreementView.of(agreement)).build();
    }

    @FunctionalInterface
    interface LifecycleOperation {
        void apply(Lifecycle lifecycle, Agreement agreement, TransitionInput input);
    }
}
