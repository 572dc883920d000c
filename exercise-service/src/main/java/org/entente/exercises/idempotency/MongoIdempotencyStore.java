package org.entente.exercises.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.idempotency.IdempotencyStore;
import org.entente.platform.rest.ProblemException;

/**
 * Idempotency keys in the service's MongoDB database ({@code idempotency_keys}): one document per
 * (scope, key) under a unique {@code _id}, so the first insert claims the key on any MongoDB.
 */
@ApplicationScoped
public class MongoIdempotencyStore implements IdempotencyStore {

    private final MongoCollection<Document> keys;

    MongoIdempotencyStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.keys = client.getDatabase(database).getCollection("idempotency_keys");
    }

    @Override
    public Optional<KeyRecord> claim(String scope, String key, String requestHash, Instant now, Duration abandonedAfter) {
        String id = scope + "\n" + key;
        keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("completedAt", null),
                Filters.lt("createdAt", Date.from(now.minus(abandonedAfter)))));
        try {
            keys.insertOne(new Document("_id", id).append("requestHash", requestHash).append("createdAt", Date.from(now))
                    .append("completedAt", null));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(Filters.eq("_id", id)).first();
        if (existing == null) { // released between our insert and our read
            throw new ProblemException(409, "A request with this Idempotency-Key is still in progress; retry shortly");
        }
        StoredAnswer answer = existing.get("completedAt") == null ? null : new StoredAnswer(existing.getInteger("status"),
                existing.getString("location"), existing.getString("etag"), existing.getString("body"));
        return Optional.of(new KeyRecord(existing.getString("requestHash"), answer));
    }

    @Override
    public void complete(String scope, String key, StoredAnswer answer, Instant now) {
        keys.updateOne(Filters.eq("_id", scope + "\n" + key), Updates.combine(Updates.set("status", answer.status()),
                Updates.set("location", answer.location()), Updates.set("etag", answer.etag()), Updates.set("body", answer.body()),
                Updates.set("completedAt", Date.from(now))));
    }

    @Override
    public void release(String scope, String key) {
        keys.deleteOne(Filters.eq("_id", scope + "\n" + key));
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        keys.deleteMany(Filters.lt("createdAt", Date.from(cutoff)));
    }
}
