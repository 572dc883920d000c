package org.entente.exercises.exercise;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code exercises} collection, created with its indexes when the service starts. */
@ApplicationScoped
public class ExerciseCollection {

    static final String NAME = "exercises";

    private final MongoCollection<Document> collection;

    ExerciseCollection(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = client.getDatabase(database).getCollection(NAME);
    }

    void createIndexes(@Observes StartupEvent started) {
        // createIndex is idempotent: an index that exists with the same keys and options is kept
        collection.createIndex(Indexes.ascending("name", "_id"), new IndexOptions().name("by_name"));
        collection.createIndex(Indexes.descending("startDate"), new IndexOptions().name("by_start"));
    }

    public MongoCollection<Document> documents() {
        return collection;
    }
}
