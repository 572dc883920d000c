package org.entente.exercises.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.exercises.exercise.ExerciseInput;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.exercises.exercise.ExerciseStore;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.BundledJson;
import org.entente.platform.rest.ImportSummary;
import org.jboss.logging.Logger;

/**
 * Real exercises of the public record (RIMPAC, Talisman Sabre, Pacific Angel editions), kept in
 * {@code reference/exercises.json} with the source of each. Created through the same service as any
 * client's writes, which also let the calendar act at once, so each has its planned, started and
 * completed events. Facts written and checked by the team.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);
    private static final String RESOURCE = "/reference/exercises.json";

    private final ExerciseService exercises;
    private final ExerciseStore store;
    private final ObjectMapper json;
    private final Validator validator;
    private final boolean loadOnEmpty;

    ReferenceData(ExerciseService exercises, ExerciseStore store, ObjectMapper json, Validator validator,
                  @ConfigProperty(name = "entente.reference-data.load-on-empty", defaultValue = "false") boolean loadOnEmpty) {
        this.exercises = exercises;
        this.store = store;
        this.json = json;
        this.validator = validator;
        this.loadOnEmpty = loadOnEmpty;
    }

    // after the store has created its indexes (observers with a larger priority value run later; the default is 2500)
    void loadIntoEmptyStore(@Observes @Priority(3000) StartupEvent started) {
        if (loadOnEmpty && store.documents().countDocuments() == 0) {
            ImportSummary summary = importBundled();
            LOG.infof("Loaded %d reference exercises into the empty store", summary.created().size());
        }
    }

    /** Imports every bundled exercise whose name no exercise made here has yet. */
    public ImportSummary importBundled() {
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ReferenceExercise reference : bundled()) {
            ExerciseInput input = BeanValidation.requireValid(validator, reference.exercise());
            if (store.curatedNameTaken(input.name())) {
                skipped.add(input.name());
                continue;
            }
            exercises.create(input); // dated in the past: started and completed by the calendar at once
            created.add(input.name());
        }
        return new ImportSummary(created, skipped);
    }

    public List<ReferenceExercise> bundled() {
        return BundledJson.read(json, RESOURCE, new TypeReference<List<ReferenceExercise>>() { });
    }
}
