package org.entente.exercises.exercise;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lifecycle of an exercise: planned, announced (optional), in progress, completed; or cancelled
 * at any point before completion. Changed only by the lifecycle operations and the schedule job.
 */
@Schema(description = "Where the exercise is in its lifecycle; changed only by the lifecycle operations and the schedule")
public enum ExerciseStatus {
    PLANNED, ANNOUNCED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** The operations a client may call in this status. */
    public List<String> allowedOperations() {
        return switch (this) {
            case PLANNED -> List.of("announce", "start", "cancel");
            case ANNOUNCED -> List.of("start", "cancel");
            case IN_PROGRESS -> List.of("complete", "cancel");
            case COMPLETED, CANCELLED -> List.of();
        };
    }

    /** Whether participants and plans can still change. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}
