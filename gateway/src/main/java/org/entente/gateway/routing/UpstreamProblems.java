package org.entente.gateway.routing;

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

/** When a service cannot be reached, answers with a 502 problem instead of the proxy's empty 502. */
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
            String requestId = RequestIds.of(request);
            LOG.warnf("%s unreachable for %s %s (request id %s): %s", upstream, request.method(), request.path(),
                    requestId, failure.getMessage());
            Problem problem = Problem.of(502, upstream + " is not reachable; try again shortly", request.path(),
                    requestId);
            ProxyResponse response = context.request().response()
                    .setStatusCode(502)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .setBody(Body.body(Buffer.buffer(Json.encode(problem))));
            return Future.succeededFuture(response);
        });
    }
}
