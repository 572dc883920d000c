package org.entente.alliances.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.alliances.alliance.DataSets;
import org.entente.alliances.membership.MembershipService;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/countries/{code}/alliances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Membership")
public class CountryAllianceResource {

    @Inject
    MembershipService memberships;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listCountryAlliances", summary = "A country's alliances: every membership period, or those of one day")
    public Page<CountryAllianceView> list(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-3 (or ISO 3166-3)", example = "FIN") String code,
            @QueryParam("asOf") @Parameter(description = "Only the alliances the country belonged to on this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("source") @Parameter(description = "Only alliances from there: `curated`, or a research data set's id"
                    + " (`atop-5.1`)", example = "curated") String source) {
        QueryParams.country("code", code);
        return new Page<>(memberships.ofCountry(code, QueryParams.date("asOf", asOf), DataSets.source("source", source)), null);
    }
}
