package org.entente.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;

/**
 * A JSON body that may be left out, as for lifecycle operations that need nothing most of the time.
 * Read by hand (the resource takes the body as a String) because JAX-RS refuses a POST without a
 * content type when the method expects an entity.
 */
public final class OptionalBody {

    private OptionalBody() {
    }

    /**
     * @return {@code absent} for an empty body, else the body read strictly and validated
     * @throws ProblemException 415 for a body that is not JSON, 400 for one that breaks a rule
     */
    public static <T> T read(String body, MediaType type, Class<T> target, T absent, ObjectMapper json, Validator validator)
            throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return absent;
        }
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new ProblemException(415, "The body of this operation is application/json");
        }
        return BeanValidation.requireValid(validator, json.readValue(body, target));
    }
}
