package org.entente.exercises.exercise;

import org.bson.Document;

/** An exercise as the API shows it. */
public record ExerciseView(String id, String name) {

    static ExerciseView of(Document document) {
        return new ExerciseView(String.valueOf(document.get("_id")), document.getString("name"));
    }
}
