package org.entente.platform.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The methods a path allows, for the {@code Allow} header a 405 must carry (RFC 9110). Quarkus REST
 * knows them only when it answers an OPTIONS request itself, and its 405 exception does not carry
 * them, so this asks the server with a loopback OPTIONS request: 405s are rare, and this keeps the
 * answer exactly what the routing table says.
 */
@ApplicationScoped
public class AllowedMethods {

    private final HttpClient client;

    AllowedMethods(Vertx vertx) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(500));
    }

    Uni<Optional<String>> of(HttpServerRequest request) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.OPTIONS)
                .setHost(request.localAddress().host())
                .setPort(request.localAddress().port())
                .setURI(request.path())
                .setIdleTimeout(1000);
        return client.request(options)
                .flatMap(io.vertx.mutiny.core.http.HttpClientRequest::send)
                .map(response -> Optional.ofNullable(response.getHeader("Allow")))
                .onFailure().recoverWithItem(Optional.empty());
    }
}
