package org.entente.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * JSON Merge Patch (RFC 7386, {@code application/merge-patch+json}) with JSON-P's implementation:
 * the patch is applied to the resource's current input form, and the result is read back with the
 * same strict rules as a create body (unknown properties, wrong types and bad enum values refused).
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /**
     * @throws ProblemException 400 when the patch is not a JSON object
     * @throws JsonProcessingException when the patched document does not fit {@code type}; the problem
     *                                 mappers turn it into a 400 naming the field
     */
    public static <T> T apply(ObjectMapper json, T current, String patch, Class<T> type) throws JsonProcessingException {
        JsonValue patchValue;
        try (JsonReader reader = Json.createReader(new StringReader(patch == null ? "" : patch))) {
            patchValue = reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new ProblemException(400, ProblemTypes.MALFORMED_JSON, "The patch is not well-formed JSON: "
                    + e.getMessage(), null);
        }
        if (patchValue.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalidField("body", "a merge patch must be a JSON object");
        }
        JsonStructure target;
        try (JsonReader reader = Json.createReader(new StringReader(json.writeValueAsString(current)))) {
            target = reader.read();
        }
        JsonValue patched = Json.createMergePatch(patchValue).apply(target);
        return json.readValue(patched.toString(), type);
    }
}
