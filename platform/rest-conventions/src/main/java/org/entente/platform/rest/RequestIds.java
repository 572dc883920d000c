package org.entente.platform.rest;

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
 * logging context as {@code requestId}.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
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
        context.next();
    }

    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
