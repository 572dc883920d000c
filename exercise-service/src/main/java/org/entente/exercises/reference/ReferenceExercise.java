package org.entente.exercises.reference;

import org.entente.exercises.exercise.ExerciseInput;

/** One exercise of the bundled reference data. */
public record ReferenceExercise(ExerciseInput exercise) {
}
