package org.entente.gateway.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Requests each client (token subject, else address) may make per route and period. A route
 * ({@code alliance-service}, ..., {@code views}) may set its own; a role may have a higher limit, and a
 * caller gets the highest of its roles'.
 *
 * <pre>
 * entente.gateway.rate-limit.requests=1200
 * entente.gateway.rate-limit.period=1m
 * entente.gateway.rate-limit.roles.admin=6000
 * entente.gateway.rate-limit.routes.views.requests=300
 * </pre>
 */
@ConfigMapping(prefix = "entente.gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("1200")
    int requests();

    @WithDefault("1m")
    Duration period();

    /** By role name: the requests per period for callers with that role. */
    Map<String, Integer> roles();

    /** By route name: that route's own limits. */
    Map<String, RouteLimit> routes();

    interface RouteLimit {

        Optional<Integer> requests();

        Optional<Duration> period();

        Map<String, Integer> roles();
    }
}
