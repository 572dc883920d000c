package org.entente.gateway.routing;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.buffer.Buffer;
import java.util.Optional;

/**
 * What the gateway learns about a request while it handles it (its route, the instance that served it,
 * a body read ahead), kept in the request's own Vert.x context. The proxy's interceptors see only the
 * HTTP request, not the router's context, so this is how the router, the proxy and the access log
 * share them.
 */
public final class RequestFacts {

    private static final String ROUTE = "entente.route";
    private static final String INSTANCE = "entente.instance";
    private static final String BODY = "entente.body";

    private RequestFacts() {
    }

    public static void route(String route) {
        put(ROUTE, route);
    }

    public static Optional<String> route() {
        return get(ROUTE);
    }

    static void instance(String instance) {
        put(INSTANCE, instance);
    }

    public static Optional<String> instance() {
        return get(INSTANCE);
    }

    public static void bodyReadAhead(Buffer body) {
        put(BODY, body);
    }

    static Optional<Buffer> bodyReadAhead() {
        return get(BODY);
    }

    private static void put(String key, Object value) {
        try {
            ContextLocals.put(key, value);
        } catch (UnsupportedOperationException | IllegalStateException outsideARequest) {
            // not on a request's context (a background call): nothing to remember
        }
    }

    private static <T> Optional<T> get(String key) {
        try {
            return ContextLocals.get(key);
        } catch (UnsupportedOperationException | IllegalStateException outsideARequest) {
            return Optional.empty();
        }
    }
}
