package org.entente.alliances.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.alliances.alliance.DataSets;
import org.entente.alliances.membership.MembershipService;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/countries/{code}/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Membership")
public class CountryAllianceResource {

    @Inject
    MembershipService memberships;

    @Inject
    Exports exports;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listCountryAlliances", summary = "A country's alliances: every membership period, or those of one day")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    @APIResponse(responseCode = "200", description = "The membership periods (JSON, one page; CSV; NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = CountryAllianceView.class)))
    public Response list(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-3 (or ISO 3166-3)", example = "FIN") String code,
            @QueryParam("asOf") @Parameter(description = "Only the alliances the country belonged to on this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("source") @Parameter(description = "Only alliances from there: `curated`, or a research data set's id"
                    + " (`atop-5.1`)", example = "curated") String source,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        QueryParams.country("code", code);
        return exports.answer(Listing.whole(code + "-alliances", CountryAllianceView.CSV_COLUMNS,
                memberships.ofCountry(code, QueryParams.date("asOf", asOf), DataSets.source("source", source))), format);
    }
}
