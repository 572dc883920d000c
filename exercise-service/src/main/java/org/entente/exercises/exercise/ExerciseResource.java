package org.entente.exercises.exercise;

import com.mongodb.client.model.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises")
public class ExerciseResource {

    @Inject
    ExerciseCollection exercises;

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listExercises", summary = "List multinational exercises, by name")
    public Page<ExerciseView> list(@QueryParam("limit") @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit) {
        var items = exercises.documents().find().sort(Sorts.ascending("name", "_id")).limit(QueryParams.limit(limit))
                .map(ExerciseView::of).into(new ArrayList<>());
        return new Page<>(items, null);
    }
}
