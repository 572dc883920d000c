package org.entente.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.rest.RouteProblems;

/**
 * Refuses a browser call from an origin that {@code quarkus.http.cors.origins} does not name with a 403
 * problem that says so; Quarkus's CORS filter, which handles every allowed call, would refuse with an
 * empty body. Origins given as patterns ({@code /regex/}) or {@code *} are left to Quarkus alone.
 */
@ApplicationScoped
public class CrossOriginRefusals {

    /** After the request id, before Quarkus's CORS filter (300). */
    private static final int PRIORITY = 10_000;

    private final List<String> origins;

    CrossOriginRefusals(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.origins = origins.orElse(List.of());
    }

    void register(@Observes Filters filters) {
        if (origins.stream().noneMatch(o -> o.equals("*") || o.startsWith("/"))) {
            filters.register(this::check, PRIORITY);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        if (origin == null || origins.contains(origin) || origin.equals(request.scheme() + "://" + request.authority())) {
            context.next();
            return;
        }
        RouteProblems.write(context, Problem.of(403, "Browsers at " + origin + " may not call this API; its operator can"
                + " allow the origin in quarkus.http.cors.origins", request.path(), RequestIds.of(request)));
    }
}
