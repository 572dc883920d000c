package org.entente.exercises.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.exercises.outbox.PendingEvent;

/**
 * Publishes an exercise's events, keyed by the exercise's id so they stay in order. The outbox
 * lives in the exercise's document, so an event joins the write that makes its change: it waits on
 * the exercise until {@link ExerciseStore} writes the document with it, in one atomic operation,
 * and then wakes the relay (as the PostgreSQL outbox joins the transaction and wakes it after commit).
 */
@ApplicationScoped
public class ExerciseEvents {

    private final ObjectMapper json;

    ExerciseEvents(ObjectMapper json) {
        this.json = json;
    }

    public void publish(Exercise exercise, String type, ExerciseChanged payload) {
        try {
            exercise.unwritten.add(PendingEvent.of(type, exercise.updatedAt, json.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the event of exercise " + exercise.id, e);
        }
    }
}
