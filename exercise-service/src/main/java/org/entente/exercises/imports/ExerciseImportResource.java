package org.entente.exercises.imports;

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
import org.entente.exercises.exercise.ExerciseService;
import org.entente.platform.imports.ImportAnswers;
import org.entente.platform.imports.ImportJobExamples;
import org.entente.platform.imports.ImportJobPage;
import org.entente.platform.imports.ImportJobView;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.tokens.Roles;

@Path(ExerciseImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercise imports", description = "Research data sets imported into exercises, each import a job (admin)")
public class ExerciseImportResource {

    static final String PATH = "/api/v1/exercises/imports";
    static final String CSV = "text/csv";

    /** The example job: the first 200 rows of MME's file, whose one rejected row is mme281's. */
    private static final String JOB = """
            "id": "c5a7e3f1-0b2d-4e96-8c14-7f9a2b6d3e08", "dataSet": "mme-7",
            "title": "Multinational Military Exercises (MME) v7, 1980-2010, wide file",
            "citation": "D'Orazio, Vito; Galambos, Kevin, 2021, \\"Multinational Military Exercises, 1980-2010\\",\
             doi:10.7910/DVN/KHFODX, Harvard Dataverse, V1", "fileName": "mme_v7.csv", "fileBytes": 118406""";
    private static final String COMPLETED = JOB + """
            , "status": "COMPLETED", "startedAt": "2026-11-30T08:00:02Z", "finishedAt": "2026-11-30T08:00:04Z",
            "elapsedSeconds": 1.8, "rowsRead": 200, "created": 199, "updated": 0, "unchanged": 0, "rejected": 1""";
    private static final String REJECTIONS = """
            , "rejections": [{"line": 198, "sourceId": "mme281", "reason": "dates contradict: it ends (EndDate 3/1/84)\
             before it starts (StartDate 3/14/84), and which of the two is wrong is not known"}]""";

    @Inject
    ImportAnswers imports;

    @Inject
    ExerciseService exercises;

    @Context
    UriInfo uri;

    @POST
    @Path("mme")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importMmeExercises", summary = "Import the MME v7 wide file, mme_v7.csv, as downloaded (admin)",
            description = "Multinational Military Exercises 1980-2010 (D'Orazio and Galambos 2021, Harvard Dataverse,"
                    + " doi:10.7910/DVN/KHFODX). The file is taken whole, streamed, and imported as a job: follow `Location`"
                    + " for its progress and results, every rejected row with its line and reason. Each row is an exercise"
                    + " keyed by its MMEID, so importing the file again changes nothing; a corrected row updates its exercise"
                    + " (one update event). How the rows become exercises: docs/domain.md, \"MME import\".")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "The import runs; `Location` is its job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    example = "{" + JOB + ImportJobExamples.JUST_STARTED + "}"))
    @APIResponse(responseCode = "400", description = "Not the data set's file (the missing columns are named), empty, or"
            + " not text; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An import of MME is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importMme(InputStream file) {
        return imports.started(new MmeImporter(exercises), file, uri, ExerciseDataSets.CATALOGUE);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getExerciseImport", summary = "An import: its status, counts and every rejected row (admin)",
            description = "While it runs, the counts grow (saved every `entente.imports.progress-every`, 1 s).")
    @APIResponse(responseCode = "200", description = "The import job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class), example = "{" + COMPLETED + REJECTIONS + "}"))
    public ImportJobView get(@PathParam("id") String id) {
        return imports.one(id, ExerciseDataSets.CATALOGUE);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listExerciseImports", summary = "Past imports, newest first, without their rejected rows (admin)")
    @APIResponse(responseCode = "200", description = "One page: the latest `limit` imports",
            content = @Content(schema = @Schema(implementation = ImportJobPage.class),
                    example = ImportJobExamples.PAGE_OF_ONE + COMPLETED + ImportJobExamples.END_OF_PAGE))
    public Page<ImportJobView> list(@QueryParam("limit") @Parameter(description = "How many, 1 to 200",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit) {
        return imports.latest(limit, ExerciseDataSets.CATALOGUE);
    }
}
