package org.entente.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Answers a request whose URI or headers are too large with a problem ({@code 414}, {@code 431}).
 * Vert.x answers those itself, with an empty body and before any application code can run, so its
 * own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above these ({@code entente.http.max-uri-length}, {@code entente.http.max-header-size}) and
 * the real limits are applied here. Only a request beyond Vert.x's limits still gets its empty answer:
 * Quarkus offers no hook for those (quarkusio/quarkus#55082).
 */
public class RequestHeadLimits {

    /** Right after {@link RequestIds}, so the problem carries the request's id. */
    private static final int PRIORITY = 19_990;

    private static final int MAX_URI_LENGTH = ConfigProvider.getConfig()
            .getOptionalValue("entente.http.max-uri-length", Integer.class).orElse(8192);
    private static final long MAX_HEADER_SIZE = ConfigProvider.getConfig()
            .getOptionalValue("entente.http.max-header-size", MemorySize.class).map(MemorySize::asLongValue).orElse(16_384L);

    void register(@Observes Filters filters) {
        filters.register(RequestHeadLimits::check, PRIORITY);
    }

    static void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            RouteProblems.write(context, Problem.of(414, "The request's URI is " + uri.length() + " characters long; this server"
                    + " takes at most " + MAX_URI_LENGTH + " (send long filters in fewer, shorter parameters)",
                    context.request().path().length() > 200 ? context.request().path().substring(0, 200) : context.request().path(),
                    RequestIds.of(context.request())));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // "name: value\r\n"
        }
        if (headerBytes > MAX_HEADER_SIZE) {
            RouteProblems.write(context, Problem.of(431, "The request's headers take " + headerBytes + " bytes; this server takes"
                    + " at most " + MAX_HEADER_SIZE, context.request().path(), RequestIds.of(context.request())));
            return;
        }
        context.next();
    }
}
