package org.entente.agreements.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementService;
import org.entente.agreements.agreement.DataSets;
import org.entente.platform.export.ExportFormat;
import org.entente.platform.export.Exports;
import org.entente.platform.export.Listing;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/countries/{code}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class CountryAgreementResource {

    @Inject
    AgreementService agreements;

    @Inject
    Clock clock;

    @Inject
    Exports exports;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listCountryAgreementPartners",
            summary = "A country's partners: per partner country, the agreements between them and which are in force",
            description = "Partners in code order; every agreement is listed whatever its status, flagged `inForce` on `inForceOn`.")
    @APIResponse(responseCode = "200", description = "The partners (JSON, one page; CSV: one row per agreement; NDJSON)",
            content = @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = PartnerView.class)))
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE})
    public Response partners(
            @PathParam("code") @Parameter(description = "ISO 3166-1 alpha-3 (or ISO 3166-3)", example = "JPN") String code,
            @QueryParam("inForceOn") @Parameter(description = "The day `inForce` refers to; default today (UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String inForceOn,
            @QueryParam("source") @Parameter(description = "Only agreements from there: `curated`, or a research data set's id"
                    + " (`dcad-1.0`)", example = "dcad-1.0") String source,
            @QueryParam(ExportFormat.PARAMETER) String format) {
        QueryParams.country("code", code);
        LocalDate day = QueryParams.date("inForceOn", inForceOn).orElseGet(() -> LocalDate.now(clock));
        return exports.answer(Listing.whole(code + "-agreements", PartnerView.CSV_ROWS,
                partners(code, day, DataSets.source("source", source))), format);
    }

    private List<PartnerView> partners(String code, LocalDate day, Optional<String> source) {
        Map<String, List<PartnerView.Entry>> byPartner = new TreeMap<>();
        for (Agreement a : agreements.ofCountry(code, source)) {
            byPartner.computeIfAbsent(a.partnerOf(code), p -> new ArrayList<>()).add(PartnerView.Entry.of(a, day));
        }
        return byPartner.entrySet().stream()
                .map(e -> new PartnerView(e.getKey(), (int) e.getValue().stream().filter(PartnerView.Entry::inForce).count(),
                        e.getValue()))
                .toList();
    }
}
