package org.entente.gateway.edge;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.entente.gateway.routing.RequestFacts;
import org.entente.gateway.upstream.GatewayConfig;
import org.entente.platform.rest.BodyLimits;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.rest.RouteProblems;

/**
 * Refuses a body over its route's size limit ({@link BodyLimits}: 1 MiB, data set uploads 64 MiB) with
 * 413 before any of it reaches a service. A body that announces
 * its length is refused on that (by {@link RequestIds}); a chunked one has no length, so it is read into
 * memory, up to the limit, and forwarded from there; it must arrive within
 * {@code entente.gateway.request-body-timeout} (10 s), or the answer is 408.
 *
 * <p>Hand-written because the proxy streams bodies and Vert.x's {@code BodyHandler} would keep the body
 * from the proxy; a counting read is the smallest way to get both.
 */
@Singleton
public class RequestBodyLimit {

    private final Duration timeout;
    private final Vertx vertx;

    RequestBodyLimit(GatewayConfig config, Vertx vertx) {
        this.timeout = config.requestBodyTimeout();
        this.vertx = vertx;
    }

    private static boolean takesBody(io.vertx.core.http.HttpMethod method) {
        return method == io.vertx.core.http.HttpMethod.POST || method == io.vertx.core.http.HttpMethod.PUT
                || method == io.vertx.core.http.HttpMethod.PATCH;
    }

    /** Passes the request on once its body is known to be within the limit. */
    void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        // an HTTP/2 request without a length may have a body, unless its method takes none: a GET's stream
        // ends with its headers, and reading it here would leave the gateway's own resources an ended request
        boolean unannounced = request.getHeader("Content-Length") == null
                && ("chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))
                        || request.version() == HttpVersion.HTTP_2 && !request.isEnded() && takesBody(request.method()));
        if (!unannounced || BodyLimits.isUpload(request.path())) {
            // an announced length was checked by RequestIds; an upload streams on to the service, which
            // spools it to disk under its own limit (read ahead here, it would sit in the gateway's memory)
            context.next();
            return;
        }
        long limit = BodyLimits.limitFor(request.path());
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        long timer = vertx.setTimer(timeout.toMillis(), id -> {
            if (!refused[0]) {
                refused[0] = true; // a client that trickles its body must not hold the gateway
                RouteProblems.write(context, Problem.of(408, "The request body did not arrive within "
                        + timeout.toMillis() + " ms", request.path(), RequestIds.of(request)));
            }
        });
        request.handler(chunk -> {
            if (refused[0]) {
                return; // the rest of an oversized body is read and dropped
            }
            if (body.length() + chunk.length() > limit) {
                vertx.cancelTimer(timer);
                refused[0] = true;
                if (request.version() != HttpVersion.HTTP_2) {
                    context.response().putHeader("Connection", "close"); // HTTP/2 has no such header
                }
                RouteProblems.write(context, Problem.of(413, "The request body is larger than the "
                        + BodyLimits.describe(limit) + " this route accepts", request.path(), RequestIds.of(request)));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            vertx.cancelTimer(timer);
            if (!refused[0]) {
                RequestFacts.bodyReadAhead(body);
                context.next();
            }
        });
        request.resume();
    }
}
