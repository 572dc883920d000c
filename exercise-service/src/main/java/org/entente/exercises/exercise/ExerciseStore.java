package org.entente.exercises.exercise;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.exercises.outbox.ExerciseRelay;
import org.entente.exercises.outbox.PendingEvent;
import org.entente.platform.rest.Cursor;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.SortOrder;

/**
 * The {@code exercises} collection. Every write is one atomic single-document operation that also
 * appends the change's events to the document's {@code pendingEvents} (the outbox lives with the
 * document: there are no multi-document transactions to rely on). Updates are conditional on the
 * version the client read, so a stale write changes nothing. A deleted exercise stays, marked
 * {@code deleted}, until the relay has published its last events.
 */
@ApplicationScoped
public class ExerciseStore {

    static final String COLLECTION = "exercises";
    /** Sortable fields and the document field each sorts by; {@code _id} ends every order. */
    static final Map<String, String> SORTABLE = Map.of("name", "sortName", "start", "startEarliest", "end", "endLatest");

    private final MongoCollection<Document> documents;
    private final ExerciseRelay relay;

    ExerciseStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database, ExerciseRelay relay) {
        this.documents = client.getDatabase(database).getCollection(COLLECTION);
        this.relay = relay;
    }

    void createIndexes(@Observes StartupEvent started) {
        ExerciseIndexes.ensure(documents);
    }

    public MongoCollection<Document> documents() {
        return documents;
    }

    public Optional<Exercise> find(String id) {
        // by _id alone, deleted filtered here: the MongoDB-protocol store uses an index only for a query of exactly its fields
        return Optional.ofNullable(documents.find(new Document("_id", id)).first()).filter(d -> !d.getBoolean("deleted", false))
                .map(ExerciseDocuments::exercise);
    }

    /** The exercise imported from a data set's record, by the record's id in the data set. */
    public Optional<Exercise> findBySource(String dataSet, String sourceId) {
        // exactly the fields of the unique index, flat (not $and), so that the MongoDB-protocol store uses the index too
        Document bySource = new Document("provenance.dataSet", dataSet).append("provenance.sourceId", sourceId);
        return Optional.ofNullable(documents.find(bySource).first()).filter(d -> !d.getBoolean("deleted", false))
                .map(ExerciseDocuments::exercise);
    }

    /** The source ids of the exercises imported from a data set, deleted ones included (their ids are taken until they are gone). */
    public Set<String> sourceIds(String dataSet) {
        return documents.find(new Document("provenance.dataSet", dataSet)).projection(Projections.include("provenance.sourceId"))
                .map(d -> d.get("provenance", Document.class).getString("sourceId")).into(new HashSet<>());
    }

    /** Whether an exercise made here has this name (the names of imported exercises may repeat). */
    public boolean curatedNameTaken(String name) {
        return documents.countDocuments(Filters.eq("uniqueName", name)) > 0;
    }

    /** Writes a new exercise with the events published on it. */
    public void insert(Exercise exercise) {
        Document document = ExerciseDocuments.fields(exercise).append("_id", exercise.id).append("version", 0L)
                .append("pendingEvents", pending(exercise));
        try {
            documents.insertOne(document);
        } catch (MongoWriteException e) {
            throw conflict(e, exercise);
        }
        written(exercise);
    }

    /**
     * Writes new exercises with the events published on them, in one unordered insert: one write (and
     * one commit of the store) for many exercises. An exercise refused for a duplicate key is not
     * written and the others are.
     *
     * @return the refusals, by the index of the exercise they refuse
     */
    public Map<Integer, ProblemException> insertAll(List<Exercise> exercises) {
        if (exercises.isEmpty()) {
            return Map.of();
        }
        List<Document> inserted = exercises.stream().map(exercise -> ExerciseDocuments.fields(exercise).append("_id", exercise.id)
                .append("version", 0L).append("pendingEvents", pending(exercise))).toList();
        Map<Integer, ProblemException> refused = new HashMap<>();
        RuntimeException failed = null;
        try {
            documents.insertMany(inserted, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                RuntimeException answer = conflict(error, exercises.get(error.getIndex()));
                if (answer instanceof ProblemException problem) {
                    refused.put(error.getIndex(), problem);
                } else {
                    failed = e;
                }
            }
        }
        for (int i = 0; i < exercises.size(); i++) {
            if (refused.containsKey(i)) {
                exercises.get(i).unwritten.clear();
            } else {
                written(exercises.get(i)); // also when an unexpected error is thrown below: the others are written
            }
        }
        if (failed != null) {
            throw failed;
        }
        return refused;
    }

    /**
     * Writes the exercise with the events published on it, if its version is still {@code exercise.version};
     * the exercise's version is then one higher.
     *
     * @return false when the exercise changed meanwhile (or is gone): nothing was written
     */
    public boolean update(Exercise exercise) {
        List<Bson> updates = new ArrayList<>();
        ExerciseDocuments.fields(exercise).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.inc("version", 1L));
        updates.add(Updates.pushEach("pendingEvents", pending(exercise)));
        try {
            if (documents.updateOne(current(exercise), Updates.combine(updates)).getMatchedCount() != 1) {
                exercise.unwritten.clear();
                return false;
            }
        } catch (MongoWriteException e) {
            exercise.unwritten.clear();
            throw conflict(e, exercise);
        }
        exercise.version++;
        written(exercise);
        return true;
    }

    /** Marks the exercise deleted with the (last) events published on it, if its version is still the one read. */
    public boolean markDeleted(Exercise exercise) {
        boolean marked = documents.updateOne(current(exercise), Updates.combine(Updates.set("deleted", true),
                Updates.inc("version", 1L), Updates.pushEach("pendingEvents", pending(exercise)))).getMatchedCount() == 1;
        if (!marked) {
            exercise.unwritten.clear();
            return false;
        }
        written(exercise);
        return true;
    }

    private static List<Document> pending(Exercise exercise) {
        return exercise.unwritten.stream().map(PendingEvent::toDocument).toList();
    }

    /** The events are in the document now: the relay may publish them. */
    private void written(Exercise exercise) {
        boolean any = !exercise.unwritten.isEmpty();
        exercise.unwritten.clear();
        if (any) {
            relay.wake(exercise.id);
        }
    }

    public Page<Exercise> page(Bson filter, SortOrder order, String after, int limit) {
        List<String> fields = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (SortOrder.Key key : order.keys()) {
            fields.add(SORTABLE.get(key.field()));
            descending.add(key.descending());
        }
        fields.add("_id");
        descending.add(false);

        List<Bson> conditions = new ArrayList<>(List.of(Filters.ne("deleted", true), filter));
        if (after != null && !after.isBlank()) {
            List<String> values = Cursor.decode(after, order.toString(), fields.size());
            List<Bson> alternatives = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                List<Bson> all = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    all.add(Filters.eq(fields.get(j), values.get(j)));
                }
                all.add(descending.get(i) ? Filters.lt(fields.get(i), values.get(i)) : Filters.gt(fields.get(i), values.get(i)));
                alternatives.add(Filters.and(all));
            }
            conditions.add(Filters.or(alternatives));
        }
        List<Bson> sorts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            sorts.add(descending.get(i) ? Sorts.descending(fields.get(i)) : Sorts.ascending(fields.get(i)));
        }
        List<Document> rows = documents.find(Filters.and(conditions)).sort(Sorts.orderBy(sorts)).limit(limit + 1)
                .into(new ArrayList<>());
        boolean more = rows.size() > limit;
        List<Document> pageRows = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Document last = pageRows.get(pageRows.size() - 1);
            next = Cursor.encode(order.toString(), fields.stream().map(f -> String.valueOf(last.get(f))).toList());
        }
        return new Page<>(pageRows.stream().map(ExerciseDocuments::exercise).toList(), next);
    }

    private static Bson current(Exercise exercise) {
        return Filters.and(Filters.eq("_id", exercise.id), Filters.eq("version", exercise.version), Filters.ne("deleted", true));
    }

    private static RuntimeException conflict(MongoWriteException e, Exercise exercise) {
        return conflict(e.getError(), exercise) instanceof ProblemException problem ? problem : e;
    }

    /** A duplicate key as the problem it is for the exercise, or null for any other error. */
    private static RuntimeException conflict(WriteError error, Exercise exercise) {
        if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
            return null;
        }
        if (error.getMessage().contains(ExerciseIndexes.UNIQUE_SOURCE)) {
            return new ProblemException(409, "imported twice: " + exercise.provenance.sourceId() + " of " + exercise.provenance.dataSet()
                    + " was imported by another import at the same moment, or its exercise was just deleted and is still being"
                    + " removed; import again");
        }
        return new ProblemException(409, "name: an exercise named \"" + exercise.name + "\" exists already");
    }
}
