package org.entente.exercises.exercise;

import java.util.List;
import org.entente.platform.rest.ProblemException;

/** The lifecycle operations of an exercise: the status each leads to and the event it publishes. */
public enum ExerciseLifecycle {
    ANNOUNCE("announce", ExerciseStatus.ANNOUNCED, "exercise.announced.v1"),
    START("start", ExerciseStatus.IN_PROGRESS, "exercise.started.v1"),
    COMPLETE("complete", ExerciseStatus.COMPLETED, "exercise.completed.v1"),
    CANCEL("cancel", ExerciseStatus.CANCELLED, "exercise.cancelled.v1");

    private final String operation;
    private final ExerciseStatus target;
    private final String eventType;

    ExerciseLifecycle(String operation, ExerciseStatus target, String eventType) {
        this.operation = operation;
        this.target = target;
        this.eventType = eventType;
    }

    public String operation() {
        return operation;
    }

    public String eventType() {
        return eventType;
    }

    /** Moves the exercise on, or refuses with 409 naming its status and the operations allowed in it. */
    public void apply(Exercise exercise, String reason) {
        if (!exercise.status.allowedOperations().contains(operation)) {
            throw ProblemException.notAllowed(operation, "an exercise", exercise.status, exercise.status.allowedOperations());
        }
        if (this == CANCEL && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "required: why the exercise is cancelled");
        }
        exercise.status = target;
        exercise.statusReason = this == CANCEL ? reason : null;
    }

    public List<String> changed() {
        return this == CANCEL ? List.of("status", "statusReason") : List.of("status");
    }
}
