package org.entente.alliances.burden;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.alliances.alliance.Alliance;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/alliances/{idOrCode}/burden-sharing/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Burden-sharing", description = "Members' defense spending against the alliance's target")
public class BurdenResource {

    @Inject
    BurdenService burden;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "burdenReport",
            summary = "The year's report: each member against the target, total, GDP-weighted share, members without figures")
    public BurdenReport report(@PathParam("idOrCode") String idOrCode, @PathParam("year") int year) {
        return burden.report(idOrCode, year);
    }

    @GET
    @Path("{country}")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getBurdenFigure", summary = "One member's figure for the year, with its ETag")
    @APIResponse(responseCode = "200", description = "The figure", content = @Content(schema = @Schema(implementation = BurdenFigureView.class)))
    public Response figure(@PathParam("idOrCode") String idOrCode, @PathParam("year") int year,
                           @PathParam("country") String country) {
        BurdenFigure figure = burden.find(idOrCode, year, country).orElseThrow(() -> new ProblemException(404,
                "No figure of " + country + " for " + year + " in " + idOrCode));
        return withETag(Response.ok(), figure, idOrCode);
    }

    @PUT
    @Path("{country}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "recordBurdenFigure", summary = "Record a member's defense expenditure and GDP share for a year",
            description = "Creates the figure (201), or replaces it (200) with If-Match of the figure's ETag.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = BurdenFigureView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = BurdenFigureView.class)))
    public Response record(@PathParam("idOrCode") String idOrCode, @PathParam("year") int year,
                           @PathParam("country") String country, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull BurdenInput input) {
        QueryParams.country("country", country);
        BurdenService.Recorded recorded = burden.record(idOrCode, year, country, ifMatch, input);
        return withETag(recorded.created() ? Response.status(201) : Response.ok(), recorded.figure(), idOrCode);
    }

    private static Response withETag(Response.ResponseBuilder response, BurdenFigure figure, String idOrCode) {
        var target = Alliance.findByIdOrCode(idOrCode).map(Alliance::figureTarget).orElse(null);
        return response.tag(ETags.of(figure.version)).entity(BurdenFigureView.of(figure, target)).build();
    }
}
