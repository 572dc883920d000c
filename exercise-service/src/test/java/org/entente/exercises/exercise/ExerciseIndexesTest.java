package org.entente.exercises.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.entente.platform.testing.MongoAndKafka;
import org.junit.jupiter.api.Test;

/** A store made before imports (names unique across all exercises) takes the indexes of today at start, keeping its data. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseIndexesTest {

    @Inject
    MongoClient mongo;

    private static List<String> names(MongoCollection<Document> collection) {
        return collection.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>());
    }

    @Test
    void theUniqueNameIndexOfOldIsReplacedByOneOnTheNamesOfCuratedExercisesOnly() {
        MongoCollection<Document> collection = mongo.getDatabase("exercises").getCollection("exercises_before_imports");
        collection.drop();
        collection.createIndex(Indexes.ascending("name"), new IndexOptions().name(ExerciseIndexes.RETIRED_UNIQUE_NAME).unique(true));
        collection.insertOne(new Document("_id", "a").append("name", "RIMPAC 2022"));
        collection.insertOne(new Document("_id", "b").append("name", "RIMPAC 2024"));

        ExerciseIndexes.ensure(collection);
        ExerciseIndexes.ensure(collection); // a second instance starting, or the next start

        assertFalse(names(collection).contains(ExerciseIndexes.RETIRED_UNIQUE_NAME), names(collection).toString());
        assertTrue(names(collection).containsAll(List.of(ExerciseIndexes.UNIQUE_CURATED_NAME, ExerciseIndexes.UNIQUE_SOURCE)));
        Document first = collection.find(Filters.eq("_id", "a")).first();
        assertEquals("RIMPAC 2022", first.getString("uniqueName"));
        assertEquals("RIMPAC 2022", first.getString("sortName"));

        MongoWriteException taken = assertThrows(MongoWriteException.class,
                () -> collection.insertOne(new Document("_id", "c").append("name", "RIMPAC 2022").append("uniqueName", "RIMPAC 2022")));
        assertEquals(ErrorCategory.DUPLICATE_KEY, taken.getError().getCategory());
        Document imported = new Document("dataSet", "mme-7").append("sourceId", "mme1");
        collection.insertOne(new Document("_id", "d").append("name", "RIMPAC 2022").append("provenance", imported));
        collection.insertOne(new Document("_id", "e").append("name", null).append("provenance", new Document(imported).append("sourceId", "mme2")));
        collection.insertOne(new Document("_id", "f").append("name", null).append("provenance", new Document(imported).append("sourceId", "mme3")));
        MongoWriteException twice = assertThrows(MongoWriteException.class,
                () -> collection.insertOne(new Document("_id", "g").append("provenance", new Document(imported))));
        assertEquals(ErrorCategory.DUPLICATE_KEY, twice.getError().getCategory());
        collection.drop();
    }
}
