package org.entente.exercises.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a country takes part in an exercise. Open-ended. */
@Schema(description = "How the country takes part: HOST, PARTICIPANT or OBSERVER")
public enum ParticipantRole {
    HOST, PARTICIPANT, OBSERVER
}
