package org.entente.exercises.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.entente.exercises.alliance.AllianceReadModel;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.ParticipantRole;
import org.entente.platform.imports.RecordResult;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.ProblemTypes;
import org.entente.platform.rest.RecordFields;
import org.entente.platform.rest.SortOrder;

/** Exercises: every change one atomic document write carrying its events. */
@ApplicationScoped
public class ExerciseService {

    private final ExerciseStore store;
    private final ExerciseEvents events;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final AllianceReadModel alliances;

    ExerciseService(ExerciseStore store, ExerciseEvents events, ObjectMapper json, Validator validator, Clock clock,
                    AllianceReadModel alliances) {
        this.store = store;
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.alliances = alliances;
    }

    /** The exercise as the API shows it, with the participants its linked alliance did not have on the start day. */
    public ExerciseView view(Exercise exercise) {
        List<String> nonMembers = null;
        if (exercise.alliance != null) {
            List<String> taking = exercise.participants.stream().filter(p -> p.role() != ParticipantRole.OBSERVER)
                    .map(Participant::country).toList();
            nonMembers = alliances.nonMembers(exercise.alliance, exercise.start.earliest(), taking);
        }
        return ExerciseView.of(exercise, nonMembers);
    }

    public Exercise get(String id) {
        return store.find(id).orElseThrow(() -> new ProblemException(404, "No exercise with id \"" + id + "\""));
    }

    /** An answer carrying the exercise and its ETag. */
    public Response respond(Response.ResponseBuilder response, Exercise exercise) {
        return response.tag(ETags.of(exercise.version)).entity(view(exercise)).build();
    }

    public Page<ExerciseView> list(ExerciseFilter filter, SortOrder order, String after, int limit) {
        Page<Exercise> page = store.page(filter.bson(), order, after, limit);
        return new Page<>(page.items().stream().map(this::view).toList(), page.next());
    }

    public Exercise create(ExerciseInput input) {
        checkRules(input, false);
        Exercise exercise = new Exercise();
        exercise.id = UUID.randomUUID().toString();
        exercise.apply(input);
        exercise.createdAt = now();
        exercise.updatedAt = exercise.createdAt;
        publish(exercise, "exercise.planned.v1", RecordFields.set(input), null);
        store.insert(exercise);
        return catchUp(exercise, LocalDate.now(clock)); // an exercise recorded after the fact is started and completed at once
    }

    public Exercise patch(String id, String ifMatch, String patch) throws JsonProcessingException {
        Exercise exercise = get(id);
        ETags.requireMatch(ifMatch, exercise.version);
        ExerciseInput before = exercise.input();
        ExerciseInput after = MergePatch.apply(json, before, patch, ExerciseInput.class);
        List<String> changed = RecordFields.changed(before, after);
        if (changed.contains("participants")) {
            throw ProblemException.invalidField("participants", "participants change through /participants, one country at a time");
        }
        if (changed.isEmpty()) {
            return exercise;
        }
        if (!exercise.status.isOpen()) {
            throw new ProblemException(409, "A " + exercise.status + " exercise does not change");
        }
        BeanValidation.requireValid(validator, after);
        checkRules(after, exercise.isImported());
        exercise.apply(after);
        return catchUp(write(exercise, "exercise.updated.v1", changed, null), LocalDate.now(clock));
    }

    /** Runs a change on the exercise as last read by the client, and writes it with its event. */
    public Exercise change(String id, String ifMatch, String eventType, List<String> changed, Participant participant,
                           Consumer<Exercise> change) {
        Exercise exercise = get(id);
        ETags.requireMatch(ifMatch, exercise.version);
        change.accept(exercise);
        return write(exercise, eventType, changed, participant);
    }

    /**
     * Takes the lifecycle steps the calendar calls for, on the exercise as just read (412 if it changed
     * since): it is started once its start has surely come (its day, or the last day of its month when
     * only the month is known) and completed once its end has surely passed.
     */
    public Exercise catchUp(Exercise exercise, LocalDate today) {
        Exercise current = exercise;
        for (Optional<ExerciseLifecycle> step = calendarStep(current, today); step.isPresent(); step = calendarStep(current, today)) {
            String id = current.id;
            step.get().apply(current, null);
            try {
                current = write(current, step.get().eventType(), step.get().changed(), null);
            } catch (ProblemException stale) {
                if (stale.status() != 412) {
                    throw stale;
                }
                // another writer got there first (the schedule takes the same steps): go on from what it wrote
                current = store.find(id).orElseThrow(() -> stale);
            }
        }
        return current;
    }

    /** The step the calendar calls for on the exercise today, if any (see {@link #catchUp}). */
    private static Optional<ExerciseLifecycle> calendarStep(Exercise exercise, LocalDate today) {
        if ((exercise.status == ExerciseStatus.PLANNED || exercise.status == ExerciseStatus.ANNOUNCED)
                && !exercise.start.latest().isAfter(today)) {
            return Optional.of(ExerciseLifecycle.START);
        }
        if (exercise.status == ExerciseStatus.IN_PROGRESS && exercise.end.latest().isBefore(today)) {
            return Optional.of(ExerciseLifecycle.COMPLETE);
        }
        return Optional.empty();
    }

    /**
     * Creates or updates the exercise a data set's record describes, found by the record's source id, in
     * one document write with its events: a new one is planned and, as the calendar would, started and
     * completed when its dates have passed; a changed one publishes one update (and the calendar's steps
     * its new dates call for); an unchanged one is not written. The data set's record of the past is
     * corrected even on a completed exercise; the status never goes back.
     *
     * @param mayExist false when the record is known not to have been imported yet (saves looking for it)
     * @throws ProblemException 409 when the exercise changed during the import or the record was imported twice at once
     */
    public RecordResult.Outcome importRecord(ImportedExercise record, boolean mayExist) {
        Optional<Exercise> existing = mayExist ? store.findBySource(record.provenance().dataSet(), record.provenance().sourceId())
                : Optional.empty();
        if (existing.isEmpty()) {
            store.insert(newExercise(record));
            return RecordResult.Outcome.CREATED;
        }
        LocalDate today = LocalDate.now(clock);
        Exercise exercise = existing.get();
        List<String> changed = RecordFields.changed(exercise.imported(), record);
        if (changed.isEmpty()) {
            return RecordResult.Outcome.UNCHANGED;
        }
        exercise.apply(record);
        exercise.updatedAt = now();
        publish(exercise, "exercise.updated.v1", changed, null);
        takeCalendarSteps(exercise, today);
        if (!store.update(exercise)) {
            throw new ProblemException(409, "changed meanwhile: exercise " + exercise.id + " changed while it was being imported;"
                    + " import again");
        }
        return RecordResult.Outcome.UPDATED;
    }

    /**
     * Creates the exercises of records not imported before, with their events, in one write: an import
     * of thousands of records makes a few dozen writes instead of thousands.
     *
     * @return the records refused (imported twice at once), by their index
     */
    public Map<Integer, ProblemException> importNew(List<ImportedExercise> records) {
        return store.insertAll(records.stream().map(this::newExercise).toList());
    }

    /** A new exercise from an imported record, with its events: planned, and the calendar's steps since. */
    private Exercise newExercise(ImportedExercise record) {
        Exercise exercise = new Exercise();
        exercise.id = UUID.randomUUID().toString();
        exercise.apply(record);
        exercise.createdAt = now();
        exercise.updatedAt = exercise.createdAt;
        publish(exercise, "exercise.planned.v1", RecordFields.set(record), null);
        takeCalendarSteps(exercise, LocalDate.now(clock));
        return exercise;
    }

    /** The source ids of the exercises imported from a data set so far. */
    public Set<String> importedSourceIds(String dataSet) {
        return store.sourceIds(dataSet);
    }

    /** The calendar's steps on an exercise about to be written, each with its event, all in that one write. */
    private void takeCalendarSteps(Exercise exercise, LocalDate today) {
        for (Optional<ExerciseLifecycle> step = calendarStep(exercise, today); step.isPresent(); step = calendarStep(exercise, today)) {
            step.get().apply(exercise, null);
            publish(exercise, step.get().eventType(), step.get().changed(), null);
        }
    }

    public void delete(String id, String ifMatch) {
        Exercise exercise = get(id);
        ETags.requireMatch(ifMatch, exercise.version);
        publish(exercise, "exercise.deleted.v1", List.of(), null);
        if (!store.markDeleted(exercise)) {
            throw stale(exercise);
        }
    }

    /** Writes a changed exercise with its event, or answers 412 if someone changed it since it was read. */
    Exercise write(Exercise exercise, String eventType, List<String> changed, Participant participant) {
        exercise.updatedAt = now();
        publish(exercise, eventType, changed, participant);
        if (!store.update(exercise)) {
            throw stale(exercise);
        }
        return exercise;
    }

    /**
     * The rules between fields that Bean Validation cannot see; every error names its field. An exercise
     * made here needs a name, a host and a region; one imported from a data set that records none of
     * them may go without.
     */
    void checkRules(ExerciseInput input, boolean imported) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.name() == null ? !imported : input.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        }
        if (!imported && input.hosts().isEmpty()) {
            errors.add(new Problem.FieldError("hosts", "at least one host: every exercise planned here has one"));
        }
        if (!imported && input.region() == null) {
            errors.add(new Problem.FieldError("region", "must not be null"));
        }
        if (input.end().latest().isBefore(input.start().earliest())) {
            errors.add(new Problem.FieldError("end", input.end() + " is before the start " + input.start()));
        }
        List<Participant> participants = input.participants() == null ? List.of() : input.participants();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            if (!seen.add(participants.get(i).country())) {
                errors.add(new Problem.FieldError("participants[" + i + "].country",
                        participants.get(i).country() + " takes part once"));
            }
        }
        Set<String> hostSet = new HashSet<>();
        for (int i = 0; i < input.hosts().size(); i++) {
            String host = input.hosts().get(i);
            if (!hostSet.add(host)) {
                errors.add(new Problem.FieldError("hosts[" + i + "]", host + " is listed twice"));
            } else if (!seen.contains(host)) {
                errors.add(new Problem.FieldError("hosts[" + i + "]", host + " hosts the exercise but is not one of its participants"));
            }
        }
        if (input.alliance() != null && !alliances.exists(input.alliance())) {
            errors.add(new Problem.FieldError("alliance", "no alliance " + input.alliance() + " is known here (this service"
                    + " learns alliances from alliance-service's events)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }

    private void publish(Exercise exercise, String type, List<String> changed, Participant participant) {
        events.publish(exercise, type, new ExerciseChanged(view(exercise), changed, participant));
    }

    private static ProblemException stale(Exercise exercise) {
        return new ProblemException(412, "Exercise " + exercise.id + " changed since it was read; read it again");
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
