package org.entente.gateway.upstream;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness names each service: {@code UP} when all its instances answer their own readiness check,
 * {@code DEGRADED} when some do, {@code DOWN} when none does. The gateway stays ready when a service is
 * not: it still routes to the others and answers problems for that one, so this check reports a
 * degraded suite in its data rather than taking the gateway out.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final Upstreams upstreams;
    private final HttpClient client;

    UpstreamReadiness(Upstreams upstreams, Vertx vertx) {
        this.upstreams = upstreams;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) PROBE_TIMEOUT.toMillis()));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<String>> states = new ArrayList<>();
        for (Upstream upstream : upstreams.all()) {
            List<Future<Boolean>> probes = upstream.instances().stream().map(this::ready).toList();
            states.add(Future.join(probes).transform(done -> {
                long up = probes.stream().filter(Future::result).count();
                String state = up == probes.size() ? "UP" : up == 0 ? "DOWN" : "DEGRADED";
                return Future.succeededFuture(upstream.isOpen() && up > 0 ? "DEGRADED" : state);
            }));
        }
        return Uni.createFrom().completionStage(Future.join(states).transform(done -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("Upstream services").up();
            int i = 0;
            for (Upstream upstream : upstreams.all()) {
                response.withData(upstream.name(), states.get(i++).result());
            }
            return Future.succeededFuture(response.build());
        }).toCompletionStage());
    }

    /** Whether the instance answers its readiness check; never a failed future. */
    private Future<Boolean> ready(Instance instance) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(instance.host())
                .setPort(instance.port()).setURI("/q/health/ready").setTimeout(PROBE_TIMEOUT.toMillis());
        return client.request(request).compose(r -> r.send()).map(r -> r.statusCode() == 200).otherwise(false);
    }
}
