package org.entente.gateway.routing;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.jboss.logging.Logger;

/**
 * When a service cannot be reached, answers with a 502 problem instead of the proxy's empty 502; and a
 * service's error answer without a body (what its HTTP layer writes before any of its code runs: 414,
 * 431, 400) reaches the client as a problem with the same status.
 */
final class UpstreamProblems implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamProblems.class);

    private final String upstream;

    UpstreamProblems(String upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            var request = context.request().proxiedRequest();
            LOG.warnf("%s unreachable for %s %s (request id %s): %s", upstream, request.method(), request.path(),
                    RequestIds.of(request), failure.getMessage());
            ProxyResponse response = problem(context, 502, upstream + " is not reachable; try again shortly");
            return Future.succeededFuture(response);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        if (response.getStatusCode() >= 400 && response.getBody() != null && response.getBody().length() == 0) {
            var request = context.request().proxiedRequest();
            String reason = HttpResponseStatus.valueOf(response.getStatusCode()).reasonPhrase();
            Problem problem = Problem.of(response.getStatusCode(), upstream + " refused the request: " + reason,
                    request.path(), RequestIds.of(request));
            response.putHeader("Content-Type", Problem.MEDIA_TYPE).setBody(Body.body(Buffer.buffer(Json.encode(problem))));
        }
        return context.sendResponse();
    }

    /** The gateway's answer for a failed upstream: a problem with the request's id. */
    static ProxyResponse problem(ProxyContext context, int status, String detail) {
        var request = context.request().proxiedRequest();
        request.resume(); // the body the service was to read: drained, or the connection stalls behind it
        Problem problem = Problem.of(status, detail, request.path(), RequestIds.of(request));
        return context.request().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(Json.encode(problem))));
    }
}
