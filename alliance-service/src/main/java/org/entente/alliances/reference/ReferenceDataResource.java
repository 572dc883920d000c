package org.entente.alliances.reference;

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

@Path("/api/v1/alliances/import-reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliances")
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importReferenceAlliances",
            summary = "Import the bundled reference alliances (NATO, AUKUS, Quad, ANZUS, CSTO, GCC, Five Eyes, SCO) with their members",
            description = "Alliances whose code exists are skipped, so the import can be repeated. Admin only.")
    @APIResponse(responseCode = "200", description = "The codes of the alliances created, and of those skipped",
            content = @Content(schema = @Schema(implementation = ImportSummary.class), example = """
                    {"created": ["AUKUS", "QUAD", "ANZUS", "CSTO", "GCC", "FIVE_EYES", "SCO"], "skipped": ["NATO"]}"""))
    public ImportSummary importReferenceData() {
        return referenceData.importBundled();
    }
}
