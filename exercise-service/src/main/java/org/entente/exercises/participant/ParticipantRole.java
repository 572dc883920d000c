package org.entente.exercises.participant;

/** How a country takes part in an exercise. Open-ended. */
public enum ParticipantRole {
    HOST, PARTICIPANT, OBSERVER
}
