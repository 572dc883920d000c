package org.entente.gateway.routing;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entente.gateway.upstream.Upstream;
import org.entente.gateway.upstream.Upstreams;
import org.jboss.logging.Logger;

/**
 * Forwards each service's path prefixes to it, unchanged. The edge (token, rate limit, body limit) has
 * already let the request through. Each request goes through the service's breaker to the next healthy
 * instance, within the route's deadline.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** After the edge ({@code EdgeFilter}), before Quarkus REST (the gateway's own views). */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 100;

    private final Upstreams upstreams;
    private final RouteTable routes;

    ProxyRoutes(Upstreams upstreams, RouteTable routes) {
        this.upstreams = upstreams;
        this.routes = routes;
    }

    void register(@Observes Router router, Vertx vertx) {
        for (Upstream upstream : upstreams.all()) {
            HttpProxy proxy = HttpProxy.reverseProxy(upstream.client())
                    .origin(origin(upstream))
                    .addInterceptor(new HopByHopHeaders())
                    .addInterceptor(new AnswerHeaders(upstream))
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new BodyReadAhead())
                    .addInterceptor(new UpstreamGuard(upstream))
                    .addInterceptor(new ResponseDeadline(vertx, upstream.name(), upstream.config().responseTimeout()))
                    .addInterceptor(new UpstreamProblems(upstream.name()));
            // named, so that spans and metrics call it by its prefixes rather than by its regular expression
            router.routeWithRegex(routes.regexOf(upstream.name())).setName(String.join(", ", upstream.config().prefixes()))
                    .order(ORDER).handler(context -> {
                RequestFacts.route(upstream.name());
                proxy.handle(EndedRequest.of(context.request()));
            });
            LOG.infof("Routing %s to %s at %s", upstream.config().prefixes(), upstream.name(), upstream.instances());
        }
    }

    /** The next healthy instance of the service; the one chosen is remembered for health and the access log. */
    private static OriginRequestProvider origin(Upstream upstream) {
        return context -> upstream.connect(context.request().getMethod(), instance -> {
            context.set(UpstreamGuard.INSTANCE, instance);
            RequestFacts.instance(instance.toString());
        }).map(request -> {
            if (Boolean.TRUE.equals(context.get(ResponseDeadline.LATE, Boolean.class))) {
                request.reset(); // the caller has its 504 already: nothing is sent
                throw new IllegalStateException("connected to " + upstream.name() + " after the deadline");
            }
            context.set(ResponseDeadline.UPSTREAM_REQUEST, request);
            return request;
        });
    }

    /** A body the edge read ahead (to check its size) is sent from memory. */
    private static final class BodyReadAhead implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            RequestFacts.bodyReadAhead().ifPresent(body -> context.request().setBody(Body.body(body)));
            return context.sendRequest();
        }
    }
}
