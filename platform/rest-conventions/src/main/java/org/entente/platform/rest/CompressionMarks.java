package org.entente.platform.rest;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * With compression on, Quarkus marks every answer {@code Content-Encoding: identity} (not to be compressed) and
 * takes the mark off only for what its REST resource methods and static resources answer. This takes it off
 * answers of a compressed type ({@code entente.http.compressed-types}) of two more kinds, so they are compressed
 * when the client accepts it: problems, wherever they are written (an exception mapper, {@link RouteProblems},
 * the gateway's edge), and the OpenAPI document and Swagger UI files. Answers of other routes keep their mark:
 * through the gateway, what a service sent uncompressed stays so. Applied by {@link WrittenAnswers}.
 */
final class CompressionMarks {

    private static final List<String> DOCUMENTATION = List.of("/q/openapi", "/q/swagger-ui/");

    private CompressionMarks() {
    }

    static void unmark(RoutingContext context, List<String> compressedTypes) {
        MultiMap headers = context.response().headers();
        String type = CacheHeaders.mediaType(headers.get("Content-Type"));
        if (!"identity".equals(headers.get("Content-Encoding")) || !compressedTypes.contains(type)) {
            return;
        }
        String path = context.request().path();
        if (Problem.MEDIA_TYPE.equals(type) || DOCUMENTATION.stream().anyMatch(path::startsWith)) {
            headers.remove("Content-Encoding");
        }
    }
}
