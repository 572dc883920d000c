package org.entente.platform.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A JSON file shipped inside the service (reference data), read with the service's strict mapper. */
public final class BundledJson {

    private BundledJson() {
    }

    public static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = BundledJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
