package org.entente.exercises.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A name in a data set's participant columns that names no state on the exercise's dates (an
 * organisation, a territory, a group of states, the data set's mark for a participant it could not
 * identify), kept as the data set writes it, with the reason. It is not a participant.
 */
@Schema(name = "UnmatchedParticipant", description = "A name in the data set's participant columns that names no state")
public record UnmatchedParticipant(
        @Schema(example = "NATO", description = "The name, as the data set writes it") String name,
        @Schema(example = "NATO is an organisation (the North Atlantic Treaty Organization), not a state",
                description = "Why it is no participant") String reason) {
}
