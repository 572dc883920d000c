package org.entente.exercises.exercise;

import java.util.List;
import java.util.Set;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.UnmatchedParticipant;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.Provenance;

/**
 * An exercise as a research data set's record describes it: what an import sets, and what a re-import
 * compares (equal: the record is unchanged). Hosts, lead nation, alliance and the other fields the data
 * sets do not have are left as they are.
 *
 * @param name                  absent when the data set names none
 * @param region                derived from the coordinates; absent without them
 * @param unmatchedParticipants names in the participant columns that are no state, with the reason
 * @param participantNotes      what the data set says about the participants in words
 */
public record ImportedExercise(String name, String series, Set<ExerciseType> types, Location location, Region region,
                               PartialDate start, PartialDate end, List<String> objectives, List<Participant> participants,
                               List<UnmatchedParticipant> unmatchedParticipants, String participantNotes,
                               Provenance provenance) {
}
