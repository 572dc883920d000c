package org.entente.exercises.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.entente.exercises.participant.Participant;

/** The payload of every exercise event: the exercise's new state, what changed, and the participant concerned. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExerciseChanged(ExerciseView exercise, List<String> changed, Participant participant) {
}
