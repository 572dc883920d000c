package org.entente.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;

/**
 * Drops the headers that concern one connection only (RFC 9110, 7.6.1): those named in
 * {@code Connection}, in both directions, and the standard ones on answers. The proxy already drops the
 * standard ones from requests, but not from answers, and not the ones a {@code Connection} header names.
 */
final class HopByHopHeaders implements ProxyInterceptor {

    private static final List<String> STANDARD = List.of("Connection", "Keep-Alive", "Proxy-Authenticate",
            "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Proxy-Connection");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        removeNamedInConnection(context.request().headers());
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        removeNamedInConnection(headers);
        STANDARD.forEach(headers::remove);
        return context.sendResponse();
    }

    private static void removeNamedInConnection(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String name : connection.split(",")) {
                if (!name.isBlank()) {
                    headers.remove(name.trim());
                }
            }
        }
    }
}
