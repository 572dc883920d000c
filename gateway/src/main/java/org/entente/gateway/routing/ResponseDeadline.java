package org.entente.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Answers {@code 504} when a service has not started its response within the route's deadline, so a
 * hanging service never hangs the client. Only the start of the response is timed: a stream that
 * keeps sending (Server-Sent Events) stays open as long as it likes. A response that comes after the
 * deadline is released unread.
 *
 * <p>Hand-written because Vert.x's request timeouts are idle timeouts, which would also cut a quiet
 * stream; the proxy's interceptor chain is where the start of the response is known.
 */
final class ResponseDeadline implements ProxyInterceptor {

    /** The request to the service, so that a late one can be reset instead of holding its connection. */
    static final String UPSTREAM_REQUEST = "entente.upstream-request";
    /** Set once the deadline has passed: a connection that comes later is not used. */
    static final String LATE = "entente.late";

    private static final Logger LOG = Logger.getLogger(ResponseDeadline.class);

    private final Vertx vertx;
    private final String upstream;
    private final Duration deadline;

    ResponseDeadline(Vertx vertx, String upstream, Duration deadline) {
        this.vertx = vertx;
        this.upstream = upstream;
        this.deadline = deadline;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Promise<ProxyResponse> answer = Promise.promise();
        long timer = vertx.setTimer(deadline.toMillis(), id -> {
            var request = context.request().proxiedRequest();
            context.set(LATE, true);
            HttpClientRequest sent = context.get(UPSTREAM_REQUEST, HttpClientRequest.class);
            ProxyResponse late;
            if (sent != null && !request.isEnded()) {
                // connected, but the client has not finished sending: not the service's fault, not counted against it
                LOG.infof("%s %s: the body did not arrive within %s", request.method(), request.path(), deadline);
                late = UpstreamProblems.problem(context, 408, "The request body did not arrive within "
                        + deadline.toMillis() + " ms");
            } else {
                LOG.warnf("%s did not answer %s %s within %s", upstream, request.method(), request.path(), deadline);
                late = UpstreamProblems.problem(context, 504, upstream + " did not answer within "
                        + deadline.toMillis() + " ms; try again shortly");
            }
            if (answer.tryComplete(late)) {
                if (sent != null) {
                    sent.reset(); // frees the connection now rather than at the idle timeout
                }
            }
        });
        context.sendRequest().onComplete(result -> {
            vertx.cancelTimer(timer);
            boolean inTime = result.succeeded() ? answer.tryComplete(result.result()) : answer.tryFail(result.cause());
            if (!inTime && result.succeeded()) {
                result.result().release(); // too late: the client has its 504
            }
        });
        return answer.future();
    }
}
