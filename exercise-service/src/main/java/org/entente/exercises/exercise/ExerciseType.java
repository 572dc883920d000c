package org.entente.exercises.exercise;

/** What kind of training an exercise is (docs/domain.md#exercises); an exercise has several. Open-ended. */
public enum ExerciseType {
    COMMAND_POST, AIR, LAND, SEA, AMPHIBIOUS, CYBER, WARFIGHTING, PEACEKEEPING,
    /** Humanitarian assistance and disaster relief. */
    HADR,
    COUNTER_TERRORISM
}
