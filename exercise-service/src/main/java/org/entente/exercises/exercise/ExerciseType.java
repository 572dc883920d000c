package org.entente.exercises.exercise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of training an exercise is (docs/domain.md#exercises); an exercise has several. Open-ended. */
@Schema(description = "What kind of training the exercise is")
public enum ExerciseType {
    COMMAND_POST, AIR, LAND, SEA, AMPHIBIOUS, CYBER, WARFIGHTING, PEACEKEEPING,
    /** Humanitarian assistance and disaster relief. */
    HADR,
    COUNTER_TERRORISM
}
