package org.entente.exercises.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public ImportSummary importReferenceData() {
        return referenceData.importBundled();
    }
}
