package org.entente.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.impl.HttpServerRequestWrapper;

/**
 * A request whose body has been read to its end (read ahead at the edge, or none: an HTTP/2 GET
 * ends with its headers). The proxy pauses and resumes the request it forwards, which HTTP/2 refuses
 * on an ended stream ("Request has already been read"); here that is a no-op, since the body, if any,
 * is sent from memory.
 */
final class EndedRequest extends HttpServerRequestWrapper {

    private EndedRequest(HttpServerRequestInternal delegate) {
        super(delegate);
    }

    static HttpServerRequest of(HttpServerRequest request) {
        return request.isEnded() && request instanceof HttpServerRequestInternal internal ? new EndedRequest(internal) : request;
    }

    @Override
    public HttpServerRequest pause() {
        return this;
    }

    @Override
    public HttpServerRequest resume() {
        return this;
    }

    @Override
    public HttpServerRequest fetch(long amount) {
        return this;
    }
}
