package org.entente.gateway.dashboard;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The live dashboard is static (META-INF/resources/dashboard, ECharts from its webjar) and reads the
 * public API like any client; {@code /} is a page linking it and the Swagger UI.
 */
@ApplicationScoped
public class DashboardRoutes {

    void register(@Observes Router router) {
        // its pages use relative paths, so they must be read under the directory (a Vert.x path would match both)
        router.getWithRegex("^/dashboard$").handler(context -> context.redirect("/dashboard/"));
    }
}
