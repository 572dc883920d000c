package org.entente.gateway.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.gateway.routing.RequestFacts;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.rest.RouteProblems;

/**
 * Refuses a body over the size limit with 413 before any of it reaches a service. A body that announces
 * its length is refused on that (by {@link RequestIds}); a chunked one has no length, so it is read into
 * memory, up to the limit, and forwarded from there.
 *
 * <p>Hand-written because the proxy streams bodies and Vert.x's {@code BodyHandler} would keep the body
 * from the proxy; a counting read is the smallest way to get both.
 */
@Singleton
public class RequestBodyLimit {

    private final long limit;

    RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    /** Passes the request on once its body is known to be within the limit. */
    void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean unannounced = request.getHeader("Content-Length") == null
                && ("chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))
                        || request.version() == HttpVersion.HTTP_2 && !request.isEnded());
        if (!unannounced) {
            context.next();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return; // the rest of an oversized body is read and dropped
            }
            if (body.length() + chunk.length() > limit) {
                refused[0] = true;
                context.response().putHeader("Connection", "close");
                RouteProblems.write(context, Problem.of(413, "The request body is larger than the " + limit
                        + " bytes this gateway accepts", request.path(), RequestIds.of(request)));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                RequestFacts.bodyReadAhead(body);
                context.next();
            }
        });
        request.resume();
    }
}
