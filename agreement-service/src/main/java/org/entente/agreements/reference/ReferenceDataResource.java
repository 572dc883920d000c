package org.entente.agreements.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.tokens.Roles;
import org.entente.platform.rest.ImportSummary;

@Path("/api/v1/agreements/import-reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importReferenceAgreements",
            summary = "Import the bundled reference agreements (US-Japan 1960 and other dated bilateral defense agreements)",
            description = "An agreement whose parties already have one with the same title is skipped, so the import can be"
                    + " repeated. Admin only.")
    @APIResponse(responseCode = "200", description = "The titles of the agreements created, and of those skipped",
            content = @Content(schema = @Schema(implementation = ImportSummary.class), example = """
                    {"created": [
                      "Mutual Defense Treaty between the Republic of the Philippines and the United States of America",
                      "Mutual Defense Treaty between the United States of America and the Republic of Korea",
                      "Mutual Defense Treaty between the United States of America and the Republic of China",
                      "Agreement between the Government of the United States of America and the Government of the Republic\
                     of the Philippines Regarding the Treatment of United States Armed Forces Visiting the Philippines",
                      "Agreement between Japan and Australia concerning the Facilitation of Reciprocal Access and Cooperation\
                     between the Self-Defense Forces of Japan and the Australian Defence Force",
                      "Agreement between Japan and the United Kingdom of Great Britain and Northern Ireland concerning the\
                     Facilitation of Reciprocal Access and Cooperation between the Self-Defense Forces of Japan and the Armed\
                     Forces of the United Kingdom of Great Britain and Northern Ireland",
                      "Agreement between Japan and the Republic of the Philippines concerning the Facilitation of Reciprocal\
                     Access and Cooperation between the Self-Defense Forces of Japan and the Armed Forces of the Philippines",
                      "Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Democratic\
                     People's Republic of Korea",
                      "Treaty of Friendship, Co-operation and Mutual Assistance between the People's Republic of China and\
                     the Democratic People's Republic of Korea"],
                     "skipped": ["Treaty of Mutual Cooperation and Security between Japan and the United States of America"]}"""))
    public ImportSummary importReferenceData() {
        return referenceData.importBundled();
    }
}
