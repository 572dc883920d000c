package org.entente.exercises.exercise;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

/**
 * The indexes of the {@code exercises} collection, made at start. {@code createIndex} keeps an index
 * that exists with the same keys and options, but refuses one whose definition changed under the same
 * name, so a changed index gets a new name: the new one is built first, then the old one dropped, and
 * uniqueness holds throughout. Safe with several instances starting at once.
 */
final class ExerciseIndexes {

    static final String UNIQUE_CURATED_NAME = "unique_curated_name";
    static final String UNIQUE_SOURCE = "unique_source";
    /**
     * Names unique across all exercises, until imports brought exercises whose names repeat or are absent;
     * replaced by {@link #UNIQUE_CURATED_NAME}, on {@code uniqueName}, which only exercises made here have.
     */
    static final String RETIRED_UNIQUE_NAME = "unique_name";

    private static final Logger LOG = Logger.getLogger(ExerciseIndexes.class);
    private static final int INDEX_NOT_FOUND = 27;

    private ExerciseIndexes() {
    }

    static void ensure(MongoCollection<Document> documents) {
        fillInNameKeys(documents);
        // sparse: a document without the field is not in the index (imported exercises have no uniqueName, curated no provenance)
        documents.createIndex(Indexes.ascending("uniqueName"), new IndexOptions().name(UNIQUE_CURATED_NAME).unique(true).sparse(true));
        dropIfPresent(documents, RETIRED_UNIQUE_NAME);
        documents.createIndex(Indexes.ascending("provenance.dataSet", "provenance.sourceId"),
                new IndexOptions().name(UNIQUE_SOURCE).unique(true).sparse(true));
        documents.createIndex(Indexes.ascending("sortName", "_id"), new IndexOptions().name("by_name"));
        documents.createIndex(Indexes.ascending("startEarliest", "_id"), new IndexOptions().name("by_start"));
        documents.createIndex(Indexes.ascending("participants.country"), new IndexOptions().name("by_participant"));
        documents.createIndex(Indexes.ascending("status", "startEarliest"), new IndexOptions().name("by_status"));
        documents.createIndex(Indexes.ascending("pendingEvents.id"), new IndexOptions().name("pending_events").sparse(true));
    }

    /** Documents written before {@code sortName} and {@code uniqueName} existed: all made here, all named. */
    private static void fillInNameKeys(MongoCollection<Document> documents) {
        Bson older = Filters.and(Filters.exists("sortName", false), Filters.exists("provenance", false));
        List<Document> named = documents.find(older).projection(Projections.include("name")).into(new ArrayList<>());
        for (Document d : named) {
            documents.updateOne(Filters.and(Filters.eq("_id", d.get("_id")), Filters.exists("sortName", false)),
                    Updates.combine(Updates.set("sortName", d.getString("name")), Updates.set("uniqueName", d.getString("name"))));
        }
        if (!named.isEmpty()) {
            LOG.infof("Gave %d exercises written before imports existed their name keys (sortName, uniqueName)", named.size());
        }
    }

    private static void dropIfPresent(MongoCollection<Document> documents, String index) {
        boolean present = documents.listIndexes().map(i -> i.getString("name")).into(new ArrayList<>()).contains(index);
        if (!present) {
            return;
        }
        try {
            documents.dropIndex(index);
            LOG.infof("Dropped the index %s of %s (replaced by %s)", index, documents.getNamespace(), UNIQUE_CURATED_NAME);
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_NOT_FOUND) { // another instance dropped it a moment earlier
                throw e;
            }
        }
    }
}
