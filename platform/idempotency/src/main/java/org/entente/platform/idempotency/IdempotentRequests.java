package org.entente.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.entente.platform.rest.ProblemException;

/**
 * {@code Idempotency-Key} on POST (docs/api-conventions.md#idempotency): the first request with a key runs and its answer
 * is kept; a repeat by the same caller to the same path with the same body gets that answer again
 * without running anything; the same key with another body is a 422. Bodies are compared as the
 * parsed input re-serialized, so whitespace and property order do not matter.
 *
 * <p>A request still running when its repeat arrives makes the repeat a 409. A request that failed
 * leaves no trace, so the client may retry it with the same key. Keys are kept for a day. The keys
 * live in the service's own store ({@link IdempotencyStore}).
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
    private final IdempotencyStore store;

    IdempotentRequests(ObjectMapper json, SecurityIdentity identity, IdempotencyStore store) {
        this.json = json;
        this.identity = identity;
        this.store = store;
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
        String scope = caller + " " + operation;
        String hash = hash(input);

        Optional<IdempotencyStore.KeyRecord> earlier = store.claim(scope, key, hash, Instant.now(), ABANDONED);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            store.release(scope, key);
            throw e;
        }
        store.complete(scope, key, new IdempotencyStore.StoredAnswer(response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getHeaderString(HttpHeaders.ETAG), toJson(response.getEntity())), Instant.now());
        return response;
    }

    private static Response replay(IdempotencyStore.KeyRecord earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ProblemException(422, "This Idempotency-Key was used with another body; use a new key for a new request");
        }
        IdempotencyStore.StoredAnswer answer = earlier.answer();
        if (answer == null) {
            throw new ProblemException(409, "A request with this Idempotency-Key is still in progress; retry shortly");
        }
        Response.ResponseBuilder response = Response.status(answer.status()).header("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.body() != null) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        store.forgetBefore(Instant.now().minus(KEPT));
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
