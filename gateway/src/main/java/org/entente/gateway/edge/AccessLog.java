package org.entente.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.entente.gateway.routing.RequestFacts;
import org.entente.gateway.upstream.UpstreamMetrics;
import org.entente.platform.rest.RequestIds;
import org.jboss.logging.Logger;

/**
 * One line per request on the {@code org.entente.gateway.access} category: method, path, route, status,
 * the instance that served it, latency and request id; never a header, so never a token.
 *
 * <p>Hand-written because Quarkus's access log cannot know the route and the instance the gateway chose.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("org.entente.gateway.access");
    /** Before the request id filter, so even the requests it refuses are logged. */
    private static final int PRIORITY = 30_000;

    private final UpstreamMetrics metrics;

    AccessLog(UpstreamMetrics metrics) {
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        filters.register(this::record, PRIORITY);
    }

    private void record(RoutingContext context) {
        long start = System.nanoTime();
        HttpServerRequest request = context.request();
        context.addEndHandler(end -> {
            Optional<String> route = RequestFacts.route();
            if (route.isPresent() && RequestFacts.instance().isPresent()) {
                metrics.answered(route.get(), context.response().getStatusCode(), Duration.ofNanos(System.nanoTime() - start));
            }
            LOG.infof("%s %s route=%s status=%d upstream=%s latency=%.1fms requestId=%s",
                request.method(), request.path(), RequestFacts.route().orElse("-"), context.response().getStatusCode(),
                RequestFacts.instance().orElse("-"), (System.nanoTime() - start) / 1e6, RequestIds.of(request));
        });
        context.next();
    }
}
