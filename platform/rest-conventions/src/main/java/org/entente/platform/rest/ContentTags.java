package org.entente.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * The ETag of a JSON answer that has no version of its own (a page, a view): a hash of the JSON sent,
 * so a change to any record in the answer, or to its next-page cursor, changes the tag. It is weak
 * because it names the JSON, whichever content coding (gzip or none) carries it. A streamed answer
 * (a {@link StreamingOutput}, a stream of events) is never serialized ahead to be hashed.
 */
final class ContentTags {

    /** 128 bits of SHA-256: collisions are out of reach, the header stays short. */
    private static final int TAG_BYTES = 16;

    private ContentTags() {
    }

    /**
     * The JSON of the entity, when it is one that is written whole, to be sent as it was hashed. Without a type
     * yet (a {@code Response} built without one, as {@link PageLinks} builds a page's), an object is the JSON of
     * a resource that produces nothing but JSON; text or bytes of no declared type are left alone.
     */
    static Optional<byte[]> jsonOf(Object entity, MediaType type, Produces produced, ObjectMapper mapper) {
        boolean json = type != null ? type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                : !(entity instanceof byte[] || entity instanceof String) && onlyJson(produced);
        if (entity == null || !json || streamed(entity)) {
            return Optional.empty();
        }
        if (entity instanceof byte[] bytes) {
            return Optional.of(bytes);
        }
        if (entity instanceof String text) {
            return Optional.of(text.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(mapper.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntityTag of(byte[] json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, TAG_BYTES)), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean onlyJson(Produces produced) {
        return produced != null && Arrays.stream(produced.value()).flatMap(types -> Arrays.stream(types.split(",")))
                .allMatch(produces -> MediaType.valueOf(produces.trim()).isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }

    private static boolean streamed(Object entity) {
        return entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof Reader
                || entity instanceof File || entity instanceof Path || entity instanceof Flow.Publisher<?>;
    }
}
