package org.entente.gateway.openapi;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.gateway.routing.ClientOrigin;
import org.entente.gateway.upstream.Upstream;
import org.entente.gateway.upstream.Upstreams;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.rest.RouteProblems;
import org.jboss.logging.Logger;

/**
 * The OpenAPI documents the Swagger UI lists, all served by the gateway so "Try it out" goes through
 * it: {@code /openapi/<service>} is a service's own document with the gateway as its server and the
 * gateway's own answers (429, 502, 503, 504) added, and
 * {@code /openapi/all} merges the gateway's and every service's into one for client generators. A
 * service's document is fetched at most every 30 s.
 */
@ApplicationScoped
public class ServiceDocuments {

    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
    static final String SUITE_PATH = "/openapi/all";
    /** After the edge's rate limit ({@code EdgeFilter}). */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 100;
    /** How long a fetched document is served before it is fetched again. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final Upstreams upstreams;
    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();
    private HttpClient self;

    ServiceDocuments(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    void register(@Observes Router router, Vertx vertx) {
        self = vertx.createHttpClient();
        router.get(SUITE_PATH).order(ORDER).handler(this::suite);
        for (Upstream upstream : upstreams.all()) {
            router.get("/openapi/" + upstream.name()).order(ORDER).handler(context -> fetch(upstream).onComplete(result -> {
                if (result.succeeded()) {
                    send(context, GatewayResponses.addTo(result.result()).put("servers", servers(context.request())));
                } else {
                    RouteProblems.write(context, problem(context, upstream, result.cause()));
                }
            }));
        }
    }

    private void suite(RoutingContext context) {
        List<Future<JsonObject>> services = new ArrayList<>();
        upstreams.all().forEach(upstream -> services.add(fetch(upstream)));
        Future<JsonObject> gateway = own(context.request());
        List<Future<?>> all = new ArrayList<>(services);
        all.add(gateway);
        Future.join(all).onComplete(done -> {
            SuiteDocument suite = new SuiteDocument("Entente API (the whole suite)", "1.0", ClientOrigin.of(context.request()));
            JsonArray missing = new JsonArray();
            if (gateway.succeeded()) {
                suite.add("gateway", gateway.result());
            } else {
                missing.add("gateway");
            }
            int i = 0;
            for (Upstream upstream : upstreams.all()) {
                Future<JsonObject> document = services.get(i++);
                if (document.succeeded()) {
                    suite.add(upstream.name(), GatewayResponses.addTo(document.result()));
                } else {
                    LOG.warnf("The suite's OpenAPI document lacks %s: %s", upstream.name(), document.cause().getMessage());
                    missing.add(upstream.name());
                }
            }
            JsonObject json = suite.json();
            if (!missing.isEmpty()) {
                json.put("x-missing-documents", missing);
            }
            send(context, json);
        });
    }

    /** The service's document, fetched at most every {@link #KEPT}; a failed fetch is not kept. */
    private Future<JsonObject> fetch(Upstream upstream) {
        Fetched fetched = cache.compute(upstream.name(), (name, known) -> known != null && known.fresh() ? known
                : new Fetched(upstream.get(upstream.config().openapiPath(),
                                MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json"), upstream.config().responseTimeout())
                        .compose(reply -> reply.status() == 200 ? Future.succeededFuture(reply.json())
                                : Future.failedFuture(new NotServed(upstream.name() + " answered " + reply.status()))),
                        System.nanoTime() + KEPT.toNanos()));
        fetched.document().onFailure(failure -> cache.remove(upstream.name(), fetched));
        return fetched.document().map(JsonObject::copy); // each answer changes its own copy
    }

    private record Fetched(Future<JsonObject> document, long freshUntilNanos) {
        boolean fresh() {
            return System.nanoTime() - freshUntilNanos < 0;
        }
    }

    private static final class NotServed extends RuntimeException {
        NotServed(String message) {
            super(message, null, false, false);
        }
    }

    /** The gateway's own document, from its own OpenAPI endpoint. */
    private Future<JsonObject> own(HttpServerRequest request) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(request.localAddress().hostAddress())
                .setPort(request.localAddress().port()).setURI("/q/openapi?format=json").setTimeout(5_000);
        return self.request(options).compose(r -> r.send()).compose(r -> r.body()).map(body -> body.toJsonObject());
    }

    private static Problem problem(RoutingContext context, Upstream upstream, Throwable failure) {
        int status = failure instanceof Upstream.ServiceUnavailable ? 503 : failure instanceof Upstream.TimedOut ? 504 : 502;
        String why = failure instanceof NotServed ? failure.getMessage() : upstream.describe(failure);
        return Problem.of(status, "The OpenAPI document of " + upstream.name() + " could not be fetched: " + why,
                context.request().path(), RequestIds.of(context.request()));
    }

    /** Compressed when the client accepts it: Quarkus's mark against compression comes off. */
    private static void send(RoutingContext context, JsonObject document) {
        context.response().headers().remove("Content-Encoding");
        context.response().putHeader("Content-Type", "application/json").end(document.encode());
    }

    private static JsonArray servers(HttpServerRequest request) {
        return new JsonArray().add(new JsonObject().put("url", ClientOrigin.of(request)).put("description", "The Entente gateway"));
    }
}
