package org.entente.platform.rest;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Problems for what never reaches a REST resource: a path no route serves (404) and failures raised
 * by the HTTP layer itself, such as a body over the size limit (413).
 */
public class RouteProblems {

    private static final Logger LOG = Logger.getLogger(RouteProblems.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context ->
                write(context, Problem.of(404, "No resource at " + context.request().path(),
                        context.request().path(), RequestIds.of(context.request()))));
        router.route().order(Integer.MIN_VALUE).failureHandler(RouteProblems::failed);
    }

    private static void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() > 0 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(context.failure(), "Request %s %s (request id %s) failed", context.request().method(),
                    context.request().path(), RequestIds.of(context.request()));
        }
        String detail = switch (status) {
            case 413 -> "The request body is larger than this server accepts";
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your token's roles do not allow this operation";
            default -> status >= 500 ? "The request could not be completed; quote the request id when reporting it"
                    : Problem.reason(status);
        };
        write(context, Problem.of(status, detail, context.request().path(), RequestIds.of(context.request())));
    }

    /** Answers with {@code problem} (and a Bearer challenge on 401) from a Vert.x route. */
    public static void write(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(Json.encode(problem));
    }
}
