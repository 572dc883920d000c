package org.entente.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who asked and how: {@code X-Forwarded-For} (the client address appended to any
 * earlier hops), {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}. The proxy itself already drops
 * hop-by-hop headers.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        if (incoming.remoteAddress() != null) {
            String earlier = headers.get("X-Forwarded-For");
            String client = incoming.remoteAddress().hostAddress();
            headers.set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        }
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        return context.sendRequest();
    }
}
