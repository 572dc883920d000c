package org.entente.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.entente.platform.rest.ProblemException;

/**
 * {@code Idempotency-Key} on POST (CONVENTIONS.md): the first request with a key runs and its answer
 * is kept; a repeat by the same caller to the same path with the same body gets that answer again
 * without running anything; the same key with another body is a 422. Bodies are compared as the
 * parsed input re-serialized, so whitespace and property order do not matter.
 *
 * <p>A request still running when its repeat arrives makes the repeat a 409. A request that failed
 * leaves no trace, so the client may retry it with the same key. Keys are kept for a day.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,255}");
    /** A request that has not completed after this long is taken as abandoned (its process died). */
    private static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final Duration KEPT = Duration.ofHours(24);

    private final ObjectMapper json;
    private final SecurityIdentity identity;

    IdempotentRequests(ObjectMapper json, SecurityIdentity identity) {
        this.json = json;
        this.identity = identity;
    }

    /**
     * Runs {@code action} once per key.
     *
     * @param key       the request's Idempotency-Key, or {@code null} to just run the action
     * @param operation what the request does, e.g. {@code POST /api/v1/alliances}
     * @param input     the parsed body
     */
    public Response once(String key, String operation, Object input, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "1 to 255 visible ASCII characters");
        }
        String caller = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        IdempotencyRecord.Id id = new IdempotencyRecord.Id(caller + " " + operation, key);
        String hash = hash(input);

        IdempotencyRecord earlier = QuarkusTransaction.requiringNew().call(() -> claim(id, hash));
        if (earlier != null) {
            return replay(earlier, hash);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteById(id));
            throw e;
        }
        remember(id, response);
        return response;
    }

    /** Takes the key for this request; returns the earlier record when the key was taken already. */
    private IdempotencyRecord claim(IdempotencyRecord.Id id, String hash) {
        IdempotencyRecord existing = IdempotencyRecord.findById(id);
        if (existing != null && existing.completedAt == null
                && existing.createdAt.isBefore(Instant.now().minus(ABANDONED))) {
            existing.delete();
            IdempotencyRecord.flush();
            existing = null;
        }
        if (existing != null) {
            return existing;
        }
        IdempotencyRecord claimed = new IdempotencyRecord();
        claimed.id = id;
        claimed.requestHash = hash;
        claimed.createdAt = Instant.now();
        claimed.persistAndFlush(); // a concurrent claim of the same key fails here on the primary key: 409
        return null;
    }

    private static Response replay(IdempotencyRecord earlier, String hash) {
        if (!earlier.requestHash.equals(hash)) {
            throw new ProblemException(422, "This Idempotency-Key was used with another body; use a new key for a new request");
        }
        if (earlier.completedAt == null) {
            throw new ProblemException(409, "A request with this Idempotency-Key is still in progress; retry shortly");
        }
        Response.ResponseBuilder response = Response.status(earlier.status).header("Idempotent-Replayed", "true");
        if (earlier.location != null) {
            response.header(HttpHeaders.LOCATION, earlier.location);
        }
        if (earlier.etag != null) {
            response.header(HttpHeaders.ETAG, earlier.etag);
        }
        if (earlier.body != null) {
            response.entity(earlier.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    private void remember(IdempotencyRecord.Id id, Response response) {
        String body = toJson(response.getEntity());
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = IdempotencyRecord.findById(id);
            record.status = response.getStatus();
            record.location = response.getLocation() == null ? null : response.getLocation().toString();
            record.etag = response.getHeaderString(HttpHeaders.ETAG);
            record.body = body;
            record.completedAt = Instant.now();
        });
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(KEPT)));
    }

    private String hash(Object input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson(input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
