package org.entente.platform.rest;

import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id}: a well-formed incoming one is kept, anything else is
 * replaced by a new UUID. The id is written back into the request headers (so problem bodies, the
 * access log and forwarded requests see the same one), echoed on the response and put in the
 * logging context as {@code requestId} and on the request's server span as {@code entente.request_id}.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String SPAN_ATTRIBUTE = "entente.request_id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before everything else, so even an unmatched route's 404 carries the id. */
    private static final int PRIORITY = 20_000;

    void register(@Observes Filters filters) {
        filters.register(RequestIds::assign, PRIORITY);
    }

    static void assign(RoutingContext context) {
        String incoming = context.request().getHeader(HEADER);
        String id = incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put("requestId", id);
        Span.current().setAttribute(SPAN_ATTRIBUTE, id); // a no-op span when the app does not trace
        if (declaresBodyOverLimit(context)) {
            RouteProblems.write(context, Problem.of(413, "The request body is larger than the "
                    + BodyLimits.describe(BodyLimits.limitFor(context.request().path())) + " this route accepts",
                    context.request().path(), id));
            return;
        }
        context.next();
    }

    /**
     * Answers an announced oversized body here, as a problem, by the route's limit ({@link BodyLimits}):
     * Vert.x's own check, one limit for all routes, would answer 413 with an empty body. Bodies without
     * Content-Length are cut off by that check (at the larger limit) and, through the gateway, by its own.
     */
    private static boolean declaresBodyOverLimit(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > BodyLimits.limitFor(context.request().path());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
