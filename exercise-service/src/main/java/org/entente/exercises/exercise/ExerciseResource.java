package org.entente.exercises.exercise;

import com.mongodb.client.model.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.rest.Page;
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
    public Page<ExerciseView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        var items = exercises.documents().find().sort(Sorts.ascending("name", "_id")).limit(limit)
                .map(ExerciseView::of).into(new ArrayList<>());
        return new Page<>(items, null);
    }
}
