package org.entente.gateway.views;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/countries/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Country views", description = "One country, or two, across alliances, agreements and exercises")
public class CountryViewsResource {

    private final CountryViews views;
    private final Clock clock;

    CountryViewsResource(CountryViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GET
    @Path("/profile")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getCountryProfile", summary = "A country's alliances, bilateral agreements and exercises",
            description = "Asks the three services in parallel. When one fails or is late, the profile still answers 200"
                    + " with the other parts, and names the missing one in `partial`.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryProfile.class)))
    @APIResponse(responseCode = "429", description = "The client's rate limit for the views is reached; see `Retry-After`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<CountryProfile> profile(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-3 (or ISO 3166-3)", example = "JPN") String code,
            @QueryParam("asOf") @Parameter(description = "The day memberships, agreements in force and recent/upcoming exercises"
                    + " refer to; default today (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @Context HttpServerRequest request) {
        QueryParams.country("code", code);
        LocalDate day = day(asOf);
        return Uni.createFrom().completionStage(views.profile(code, day, caller(request)).toCompletionStage());
    }

    @GET
    @Path("/ties/{other}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getCountryTies", summary = "How tied two countries are",
            description = "Shared alliances with the periods both were in them, agreements between the two, joint exercises"
                    + " by year, and a tie score. " + TieScore.DEFINITION)
    @APIResponse(responseCode = "200", description = "The ties",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryTies.class)))
    @APIResponse(responseCode = "429", description = "The client's rate limit for the views is reached; see `Retry-After`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Uni<CountryTies> ties(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-3 (or ISO 3166-3)", example = "USA") String code,
            @PathParam("other") @Parameter(description = "The other country", example = "JPN") String other,
            @QueryParam("asOf") @Parameter(description = "The day the ties are measured on; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @Context HttpServerRequest request) {
        QueryParams.country("code", code);
        QueryParams.country("other", other);
        if (code.equals(other)) {
            throw ProblemException.invalidField("other", "a country other than " + code);
        }
        LocalDate day = day(asOf);
        return Uni.createFrom().completionStage(views.ties(code, other, day, caller(request)).toCompletionStage());
    }

    private LocalDate day(String asOf) {
        return QueryParams.date("asOf", asOf).orElseGet(() -> LocalDate.now(clock));
    }

    private static ServiceReads.Caller caller(HttpServerRequest request) {
        return new ServiceReads.Caller(request.getHeader("Authorization"), RequestIds.of(request));
    }
}
