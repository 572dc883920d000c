package org.entente.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.entente.gateway.upstream.Instance;
import org.entente.gateway.upstream.Upstream;

/**
 * Puts each forwarded request through the service's circuit breaker (while it is open: 503 at once,
 * with {@code Retry-After}) and sends the instance that failed to rest (passive health).
 * A 5xx answer, the gateway's own 502 and 504 included, counts as a failure.
 */
final class UpstreamGuard implements ProxyInterceptor {

    static final String INSTANCE = "entente.instance";

    private final Upstream upstream;

    UpstreamGuard(Upstream upstream) {
        this.upstream = upstream;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return upstream.guarded(() -> context.sendRequest().onSuccess(response -> {
            Instance instance = context.get(INSTANCE, Instance.class);
            if (instance != null && response.getStatusCode() >= 500) {
                upstream.failed(instance);
            }
        }), response -> response.getStatusCode() >= 500).recover(failure -> {
            if (failure instanceof Upstream.ServiceUnavailable unavailable) {
                return Future.succeededFuture(UpstreamProblems.problem(context, 503, unavailable.getMessage())
                        .putHeader("Retry-After", Long.toString(unavailable.retryAfterSeconds())));
            }
            return Future.failedFuture(failure);
        });
    }
}
