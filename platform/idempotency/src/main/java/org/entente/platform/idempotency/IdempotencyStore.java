package org.entente.platform.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link IdempotentRequests} keeps its keys: one record per (scope, key), claimed atomically
 * by the first request, completed with its answer, released when it failed. A service provides one
 * bean of this type for its store (PostgreSQL: module idempotency-jpa; MongoDB: the exercise service).
 */
public interface IdempotencyStore {

    /** What a key holds: the body's hash, and the answer once the request completed (null while it runs). */
    record KeyRecord(String requestHash, StoredAnswer answer) {
    }

    /** A completed request's answer, replayed to repeats. */
    record StoredAnswer(int status, String location, String etag, String body) {
    }

    /**
     * Takes the key for a request, unless it is taken: then returns the earlier request's record. A
     * claim older than {@code abandonedAfter} that never completed is taken over (its process died).
     *
     * @throws org.entente.platform.rest.ProblemException 409 when another request claims the same key at the same moment
     */
    Optional<KeyRecord> claim(String scope, String key, String requestHash, Instant now, Duration abandonedAfter);

    void complete(String scope, String key, StoredAnswer answer, Instant now);

    /** Frees the key of a request that failed, so a corrected retry may use it. */
    void release(String scope, String key);

    void forgetBefore(Instant cutoff);
}
