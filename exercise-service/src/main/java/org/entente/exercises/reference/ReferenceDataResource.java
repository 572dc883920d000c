package org.entente.exercises.reference;

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

@Path("/api/v1/exercises/import-reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises")
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importReferenceExercises",
            summary = "Import the bundled reference exercises (RIMPAC 2022 and 2024, Talisman Sabre 2023 and 2025, Pacific Angel editions)",
            description = "Exercises whose name exists are skipped, so the import can be repeated. Admin only.")
    @APIResponse(responseCode = "200", description = "The names of the exercises created, and of those skipped",
            content = @Content(schema = @Schema(implementation = ImportSummary.class), example = """
                    {"created": ["RIMPAC 2022", "RIMPAC 2024", "Talisman Sabre 2023", "Talisman Sabre 2025", "Pacific Angel 22-2",
                                 "Pacific Angel 23-2", "Pacific Angel 24-1", "Pacific Angel 25-1"], "skipped": []}"""))
    public ImportSummary importReferenceData() {
        return referenceData.importBundled();
    }
}
