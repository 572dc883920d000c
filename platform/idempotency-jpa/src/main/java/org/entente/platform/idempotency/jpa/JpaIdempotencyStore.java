package org.entente.platform.idempotency.jpa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.entente.platform.idempotency.IdempotencyStore;
import org.entente.platform.rest.ProblemException;

/** Idempotency keys in the service's PostgreSQL database (table {@code idempotency_key}), each step in its own transaction. */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

    @Override
    public Optional<KeyRecord> claim(String scope, String key, String requestHash, Instant now, Duration abandonedAfter) {
        IdempotencyRecord.Id id = new IdempotencyRecord.Id(scope, key);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                IdempotencyRecord existing = IdempotencyRecord.findById(id);
                if (existing != null && existing.completedAt == null && existing.createdAt.isBefore(now.minus(abandonedAfter))) {
                    existing.delete();
                    IdempotencyRecord.flush();
                    existing = null;
                }
                if (existing != null) {
                    return Optional.of(new KeyRecord(existing.requestHash, existing.completedAt == null ? null
                            : new StoredAnswer(existing.status, existing.location, existing.etag, existing.body)));
                }
                IdempotencyRecord claimed = new IdempotencyRecord();
                claimed.id = id;
                claimed.requestHash = requestHash;
                claimed.createdAt = now;
                claimed.persistAndFlush();
                return Optional.<KeyRecord>empty();
            });
        } catch (PersistenceException concurrentClaim) { // the primary key: another request claimed it a moment ago
            throw new ProblemException(409, "A request with this Idempotency-Key is still in progress; retry shortly");
        }
    }

    @Override
    public void complete(String scope, String key, StoredAnswer answer, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = IdempotencyRecord.findById(new IdempotencyRecord.Id(scope, key));
            record.status = answer.status();
            record.location = answer.location();
            record.etag = answer.etag();
            record.body = answer.body();
            record.completedAt = now;
        });
    }

    @Override
    public void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteById(new IdempotencyRecord.Id(scope, key)));
    }

    @Override
    public void forgetBefore(Instant cutoff) {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", cutoff));
    }
}
