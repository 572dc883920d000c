package org.entente.alliances.imports;

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
import org.entente.alliances.alliance.DataSets;
import org.entente.alliances.atop.AtopImporter;
import org.entente.platform.imports.ImportAnswers;
import org.entente.platform.imports.ImportJobExamples;
import org.entente.platform.imports.ImportJobPage;
import org.entente.platform.imports.ImportJobView;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/alliances/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliance imports", description = "Research data sets imported into alliances, as jobs (admin)")
public class ImportResource {

    static final String CSV = "text/csv";

    /** The example job: ATOP 5.1 as distributed, whose two rejected rows are both of alliance 1320. */
    private static final String JOB = """
            "id": "3d5e1f20-8a6b-4c9d-b7e2-0f4a6c8d2e91", "dataSet": "atop-5.1", "title": "ATOP 5.1, member-level file",
            "citation": "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. \\"Alliance\
             Treaty Obligations and Provisions, 1815-1944.\\" International Interactions 28: 237-260.",
            "fileName": "atop5_1m.csv", "fileBytes": 1184305""";
    private static final String COMPLETED = JOB + """
            , "status": "COMPLETED", "startedAt": "2026-11-30T08:00:02Z", "finishedAt": "2026-11-30T08:00:16Z",
            "elapsedSeconds": 14.2, "rowsRead": 2510, "created": 788, "updated": 0, "unchanged": 0, "rejected": 2""";
    private static final String REJECTIONS = """
            , "rejections": [
              {"line": 1071, "sourceId": "1320", "reason": "too few members: alliance 1320 keeps one member only that Entente\
             can record, France (FRA), and an alliance has two or more (line 1072 is rejected)"},
              {"line": 1072, "sourceId": "1320",
               "reason": "no state: COW number 8152 is not a state number of the Correlates of War list"}]""";

    @Inject
    ImportAnswers imports;

    @Inject
    AtopImporter atop;

    @Context
    UriInfo uri;

    @POST
    @Path("atop")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importAtop", summary = "Import ATOP 5.1's member-level file (atop5_1m.csv, unmodified) (admin)",
            description = "Alliance Treaty Obligations and Provisions 5.1 (Leeds et al. 2002, atopdata.org). The file is taken"
                    + " whole, streamed, and imported in the background: the answer is the running job, its `Location` where to"
                    + " follow it. The rows of one atopid are one alliance, code `ATOP_<atopid>`: importing the same file again"
                    + " changes and publishes nothing; a corrected row updates its alliance (one update event). A wrong file (its"
                    + " header lacks ATOP's columns), an empty one or one that is not text is refused and nothing is imported."
                    + " How rows become alliances: docs/domain.md, \"ATOP import\".")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "The import started; `Location` is the job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    example = "{" + JOB + ImportJobExamples.JUST_STARTED + "}"))
    @APIResponse(responseCode = "400", description = "Not ATOP's member-level file (the missing columns are named), empty, or"
            + " not text; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An import of ATOP is running already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importAtop(InputStream body) {
        return imports.started(atop, body, uri, DataSets.CATALOGUE);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAllianceImports", summary = "The latest imports, newest first, without their rejected rows (admin)")
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
    @Operation(operationId = "getAllianceImport", summary = "An import: status, counts, elapsed time and every rejected row (admin)",
            description = "While it runs, the counts show its progress (saved every `entente.imports.progress-every`, 1 s).")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportJobView.class), example = "{" + COMPLETED + REJECTIONS + "}"))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobView get(@PathParam("id") String id) {
        return imports.one(id, DataSets.CATALOGUE);
    }
}
