package org.entente.exercises.schedule;

import com.mongodb.client.model.Filters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.entente.exercises.exercise.Exercise;
import org.entente.exercises.exercise.ExerciseService;
import org.entente.exercises.exercise.ExerciseStatus;
import org.entente.exercises.exercise.ExerciseStore;
import org.entente.platform.rest.ProblemException;
import org.jboss.logging.Logger;

/**
 * Lets the calendar act on exercises ({@link ExerciseService#catchUp}): one whose start has surely
 * come is started, one whose end has surely passed is completed. Each step is a version-conditional
 * write like any client's, so the job is idempotent and several instances may run it at once: a step
 * another instance took first is skipped.
 */
@ApplicationScoped
public class ExerciseSchedule {

    private static final Logger LOG = Logger.getLogger(ExerciseSchedule.class);

    private final ExerciseStore store;
    private final ExerciseService exercises;
    private final Clock clock;

    ExerciseSchedule(ExerciseStore store, ExerciseService exercises, Clock clock) {
        this.store = store;
        this.exercises = exercises;
        this.clock = clock;
    }

    @Scheduled(identity = "exercise-schedule", every = "${entente.exercises.schedule.every}",
            delayed = "${entente.exercises.schedule.delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int changed = run();
        if (changed > 0) {
            LOG.infof("Started or completed %d exercises whose dates had come", changed);
        }
    }

    /** Starts and completes what the service's clock says is due; the number of steps taken. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        List<String> due = new ArrayList<>();
        store.documents().find(Filters.and(Filters.ne("deleted", true),
                Filters.in("status", ExerciseStatus.PLANNED.name(), ExerciseStatus.ANNOUNCED.name(), ExerciseStatus.IN_PROGRESS.name()),
                Filters.lte("startEarliest", today.toString())))
                .projection(new Document("_id", 1)).forEach(d -> due.add(d.getString("_id")));
        int steps = 0;
        for (String id : due) {
            steps += catchUp(id, today);
        }
        return steps;
    }

    /** Takes the steps one exercise's dates call for; the number taken. */
    public int catchUp(String id, LocalDate today) {
        try {
            Exercise exercise = exercises.get(id);
            long before = exercise.version;
            return (int) (exercises.catchUp(exercise, today).version - before);
        } catch (ProblemException changedMeanwhile) {
            // 404 or 412: deleted or changed by a client or another instance since it was read; the next run looks again
            return 0;
        }
    }
}
