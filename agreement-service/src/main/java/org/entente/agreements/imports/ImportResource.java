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
import org.entente.platform.imports.ImportJobExamples;
import org.entente.platform.imports.ImportJobPage;
import org.entente.platform.imports.ImportJobView;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreement imports", description = "Research data sets imported into agreements, as jobs (admin)")
public class ImportResource {

    static final String CSV = "text/csv";

    /** The example job: the first 40 rows of DCAD's file, two of them rejected. */
    private static final String JOB = """
            "id": "8b0e4d6f-2a19-4c73-9f5e-1d7a3c9b0e52", "dataSet": "dcad-1.0", "title": "DCAD 1.0, main file",
            "citation": "Kinne, Brandon J. 2020. \\"The Defense Cooperation Agreement Dataset (DCAD).\\" Journal of Conflict\
             Resolution 64(4): 729-755.", "fileName": "DCAD-v1.0-main.csv", "fileBytes": 9812""";
    private static final String COMPLETED = JOB + """
            , "status": "COMPLETED", "startedAt": "2026-11-30T08:00:02Z", "finishedAt": "2026-11-30T08:00:03Z",
            "elapsedSeconds": 0.6, "rowsRead": 40, "created": 38, "updated": 0, "unchanged": 0, "rejected": 2""";
    private static final String REJECTIONS = """
            , "rejections": [
              {"line": 8, "sourceId": "DCADv1.0-0007", "reason": "self-dyad: ccode1 and ccode2 are both 145 (Bolivia, BOL),\
             though cowName2 is VEN, COW's letters for 101 (Venezuela, VEN)"},
              {"line": 11, "sourceId": "DCADv1.0-0010",
               "reason": "entry into force before signing: it entered into force 1988-04-21 but was signed 1988-04-28"}]""";

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
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    example = "{" + JOB + ImportJobExamples.JUST_STARTED + "}"))
    @APIResponse(responseCode = "409", description = "An import of DCAD is running already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importDcad(InputStream body) {
        return imports.started(dcad, body, uri, DataSets.CATALOGUE);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAgreementImports", summary = "The latest imports, newest first, without their rejected rows (admin)")
    @APIResponse(responseCode = "200", description = "One page: the latest `limit` imports",
            content = @Content(schema = @Schema(implementation = ImportJobPage.class),
                    example = ImportJobExamples.PAGE_OF_ONE + COMPLETED + ImportJobExamples.END_OF_PAGE))
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
            content = @Content(schema = @Schema(implementation = ImportJobView.class), example = "{" + COMPLETED + REJECTIONS + "}"))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobView get(@PathParam("id") String id) {
        return imports.one(id, DataSets.CATALOGUE);
    }
}
