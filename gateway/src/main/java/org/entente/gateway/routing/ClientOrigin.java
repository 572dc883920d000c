package org.entente.gateway.routing;

import io.vertx.core.http.HttpServerRequest;

/** Where the caller reached the gateway ({@code https://api.example}), the only origin a client is told of. */
public final class ClientOrigin {

    private ClientOrigin() {
    }

    /** As an earlier proxy tells it ({@code X-Forwarded-Proto/Host}) or as this request shows it. */
    public static String of(HttpServerRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        String host = request.getHeader("X-Forwarded-Host");
        String scheme = proto != null ? proto.split(",")[0].trim() : request.scheme();
        String authority = host != null ? host.split(",")[0].trim()
                : request.authority() != null ? request.authority().toString() : "localhost";
        return scheme + "://" + authority;
    }
}
