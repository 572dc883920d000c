package org.entente.agreements.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.agreements.agreement.DataSets;
import org.entente.agreements.dcad.DcadImporter;
import org.entente.platform.imports.ImportAnswers;
import org.entente.platform.imports.ImportJobView;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreement imports", description = "Research data sets imported into agreements, as jobs (admin)")
public class ImportResource {

    static final String CSV = "text/csv";

    @Inject
    ImportAnswers imports;

    @Inject
    DcadImporter dcad;

    @Context
    UriInfo uri;

    @POST
    @Path("dcad")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importDcad", summary = "Import DCAD 1.0's main file (DCAD-v1.0-main.csv, unmodified) (admin)",
            description = "The file is taken whole and imported in the background: the answer is the running job, its"
                    + " `Location` where to follow it. Each row is one agreement, keyed by its DCAid: importing the same file"
                    + " again changes and publishes nothing; a corrected row updates its agreement. A wrong file (its header"
                    + " lacks DCAD's columns), an empty one or one that is not text is refused and nothing is imported.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "The import started; `Location` is the job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", description = "An import of DCAD is running already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importDcad(InputStream body) {
        return imports.started(dcad, body, uri, DataSets.CATALOGUE);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAgreementImports", summary = "The latest imports, newest first, without their rejected rows (admin)")
    @APIResponse(responseCode = "200", description = "One page: the latest `limit` imports")
    public Page<ImportJobView> list(@QueryParam("limit") @Parameter(description = "How many, 1 to 200",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit) {
        return imports.latest(limit, DataSets.CATALOGUE);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getAgreementImport", summary = "An import: status, counts, elapsed time and every rejected row (admin)",
            description = "While it runs, the counts show its progress.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobView get(@PathParam("id") String id) {
        return imports.one(id, DataSets.CATALOGUE);
    }
}
