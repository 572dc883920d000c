package org.entente.platform.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every answer gets as its headers are written, when its status and type are known, whoever wrote it (a
 * REST resource, an exception mapper, a Vert.x route, the gateway's proxy): {@link CacheHeaders} and
 * {@link CompressionMarks}.
 */
@Singleton
public class WrittenAnswers {

    /** Before {@link RequestIds}, which may answer a 413 at once. */
    private static final int PRIORITY = 20_100;

    private final List<String> compressedTypes;

    WrittenAnswers(@ConfigProperty(name = "entente.http.compressed-types") List<String> compressedTypes) {
        this.compressedTypes = compressedTypes;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(written -> {
                CacheHeaders.add(context, compressedTypes);
                CompressionMarks.unmark(context, compressedTypes);
            });
            context.next();
        }, PRIORITY);
    }
}
