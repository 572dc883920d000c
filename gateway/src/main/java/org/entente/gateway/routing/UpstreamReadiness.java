package org.entente.gateway.routing;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names each service and whether it answers its own readiness check. The gateway stays
 * ready when a service is not: it still routes to the others and answers problems for that one, so
 * this check reports a degraded suite in its data rather than taking the gateway out.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final GatewayConfig config;
    private final HttpClient client;

    UpstreamReadiness(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) PROBE_TIMEOUT.toMillis()));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Map.Entry<String, String>>> probes = new ArrayList<>();
        config.upstreams().forEach((name, upstream) -> probes.add(probe(name, upstream.url())));
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage()).map(all -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("Upstream services").up();
            for (Future<Map.Entry<String, String>> probe : probes) {
                response.withData(probe.result().getKey(), probe.result().getValue());
            }
            return response.build();
        });
    }

    /** The service's name and {@code UP} or {@code DOWN}; never a failed future. */
    private Future<Map.Entry<String, String>> probe(String name, URI url) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : 80).setURI("/q/health/ready")
                .setTimeout(PROBE_TIMEOUT.toMillis());
        return client.request(request).compose(r -> r.send()).map(r -> r.statusCode() == 200 ? "UP" : "DOWN")
                .otherwise("DOWN").map(state -> Map.entry(name, state));
    }
}
