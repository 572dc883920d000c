package org.entente.gateway.edge;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.entente.gateway.routing.RequestFacts;
import org.entente.gateway.routing.RouteTable;
import org.entente.gateway.upstream.UpstreamMetrics;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.rest.RouteProblems;
import org.entente.platform.tokens.Roles;

/**
 * The edge every API request passes before a service or a view sees it: a valid bearer token (401),
 * the client's rate limit for the route (429, with {@code RateLimit-*} headers on every answer unless
 * rate limiting is switched off), and a body within the size limit (413).
 */
@ApplicationScoped
public class EdgeFilter {

    /** The route name of the OpenAPI documents, for its rate limit. */
    static final String DOCUMENTS = "documents";

    private final RouteTable routes;
    private final EdgeAuthentication authentication;
    private final RateLimits rateLimits;
    private final RequestBodyLimit bodyLimit;
    private final UpstreamMetrics metrics;

    EdgeFilter(RouteTable routes, EdgeAuthentication authentication, RateLimits rateLimits, RequestBodyLimit bodyLimit,
               UpstreamMetrics metrics) {
        this.metrics = metrics;
        metrics.rateLimitedOn(DOCUMENTS);
        metrics.rateLimitedOn(RouteTable.VIEWS);
        this.routes = routes;
        this.authentication = authentication;
        this.rateLimits = rateLimits;
        this.bodyLimit = bodyLimit;
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::admit);
        router.routeWithRegex("^/q/metrics(/.*)?$").order(Integer.MIN_VALUE + 10).handler(this::admitOperator);
        router.route("/openapi/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::admitReader);
    }

    /** The documents are open to anyone, so they are limited per address (route {@code documents}). */
    private void admitReader(RoutingContext context) {
        HttpServerRequest request = context.request();
        RateLimits.Decision decision = rateLimits.take(DOCUMENTS, "address:" + addressOf(request), Set.of());
        if (admitted(context, decision)) {
            context.next();
        } else {
            metrics.rateLimited(DOCUMENTS);
        }
    }

    /** Anonymous callers reach health, the OpenAPI documents and the Swagger UI; metrics need an admin's or a metrics token. */
    private void admitOperator(RoutingContext context) {
        HttpServerRequest request = context.request();
        authentication.verify(request).onComplete(verified -> {
            if (verified.failed()) {
                unauthorized(context, verified.cause());
            } else if (!verified.result().roles().contains(Roles.ADMIN) && !verified.result().roles().contains(Roles.METRICS)) {
                RouteProblems.write(context, Problem.of(403, "Metrics are for admins and for tokens with the role \"" + Roles.METRICS
                        + "\" (a Prometheus's)", request.path(), RequestIds.of(request)));
            } else {
                context.next();
            }
        });
    }

    private void admit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.path().equals(context.normalizedPath())) {
            // routes match the normalized path, this edge too: one path, one decision
            RouteProblems.write(context, Problem.of(400, "Paths must be in canonical form (no empty, `.` or `..` segments,"
                    + " no needlessly encoded letters); try " + context.normalizedPath(), request.path(), RequestIds.of(request)));
            return;
        }
        Optional<String> route = routes.routeOf(request.path());
        if (route.isEmpty()) {
            RouteProblems.write(context, Problem.of(404, "No resource at " + request.path(), request.path(),
                    RequestIds.of(request)));
            return;
        }
        RequestFacts.route(route.get());
        request.pause(); // keep the body for the service while the token is checked
        authentication.verify(request).onComplete(verified -> {
            String client = verified.succeeded() ? "subject:" + verified.result().subject() : "address:" + addressOf(request);
            Set<String> roles = verified.succeeded() ? verified.result().roles() : Set.of();
            if (!admitted(context, rateLimits.take(route.get(), client, roles))) {
                metrics.rateLimited(route.get());
                request.resume();
                return;
            }
            if (verified.failed()) {
                request.resume();
                unauthorized(context, verified.cause());
                return;
            }
            bodyLimit.admit(context);
        });
    }

    /** Writes the rate-limit headers (none when switched off); answers 429 when the client's budget for the route is spent. */
    private static boolean admitted(RoutingContext context, RateLimits.Decision decision) {
        if (decision.limited()) {
            writeRateLimitHeaders(context.response(), decision);
        }
        if (decision.allowed()) {
            return true;
        }
        HttpServerRequest request = context.request();
        context.response().putHeader("Retry-After", Long.toString(Math.max(1, decision.retryAfterSeconds())));
        RouteProblems.write(context, Problem.of(429, "Rate limit of " + decision.limit().requests()
                + " requests per " + decision.limit().period().toSeconds() + " s on this route reached; try again in "
                + Math.max(1, decision.retryAfterSeconds()) + " s", request.path(), RequestIds.of(request)));
        return false;
    }

    private static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
    }

    private static void unauthorized(RoutingContext context, Throwable cause) {
        String detail = cause instanceof EdgeAuthentication.InvalidToken ? cause.getMessage() : "The bearer token could not be checked";
        RouteProblems.write(context, Problem.of(401, detail, context.request().path(), RequestIds.of(context.request())));
    }

    /** The IETF draft's fields: the limit, what is left, and the seconds until the bucket is full again. */
    private static void writeRateLimitHeaders(HttpServerResponse response, RateLimits.Decision decision) {
        response.putHeader("RateLimit-Limit", Integer.toString(decision.limit().requests()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()))
                .putHeader("RateLimit-Policy", decision.limit().requests() + ";w=" + decision.limit().period().toSeconds());
    }
}
