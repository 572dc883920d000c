package org.entente.agreements.reference;

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
    public ImportSummary importReferenceData() {
        return referenceData.importBundled();
    }
}
