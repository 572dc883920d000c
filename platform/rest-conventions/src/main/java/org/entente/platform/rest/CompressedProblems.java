package org.entente.platform.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.event.Observes;

/**
 * Problems are compressed like other JSON, wherever they are written (an exception mapper, {@link RouteProblems},
 * the gateway's edge). With compression on, Quarkus marks every answer {@code Content-Encoding: identity} and
 * takes the mark off only for what its REST resource methods and static files answer.
 */
public class CompressedProblems {

    /** Beside {@link CacheHeaders}, before {@link RequestIds}, which may answer a 413 at once. */
    private static final int PRIORITY = 20_100;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(written -> {
                MultiMap headers = context.response().headers();
                if (Problem.MEDIA_TYPE.equals(CacheHeaders.mediaType(headers.get("Content-Type")))
                        && "identity".equals(headers.get("Content-Encoding"))) {
                    headers.remove("Content-Encoding");
                }
            });
            context.next();
        }, PRIORITY);
    }
}
