package org.entente.gateway.upstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's view of each service, for Prometheus: whether each instance is taking requests
 * ({@code entente_gateway_instance_up}), whether its breaker is open ({@code entente_gateway_breaker_open}),
 * the connection retries ({@code entente_gateway_retries_total}), the answers the gateway relayed from it
 * and how long they took ({@code entente_gateway_upstream_duration_seconds}), and the requests a rate limit
 * refused ({@code entente_gateway_rate_limited_total}). Labels are configured names only: the service,
 * its instances' addresses, the route, the status class.
 */
@Singleton
@Startup
public class UpstreamMetrics {

    /** A few buckets for quantiles across instances, not Micrometer's 70-odd per series. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private final MeterRegistry registry;
    /** By service and status class: a few dozen at most; building a timer's id on every request took 3 % of the gateway's CPU. */
    private final Map<String, Timer> answerTimers = new ConcurrentHashMap<>();

    UpstreamMetrics(MeterRegistry registry, Upstreams upstreams) {
        this.registry = registry;
        for (Upstream upstream : upstreams.all()) {
            Gauge.builder("entente.gateway.breaker.open", upstream, u -> u.isOpen() ? 1 : 0)
                    .description("1 while the service's circuit breaker is open or half open")
                    .tag("service", upstream.name()).register(registry);
            for (Instance instance : upstream.instances()) {
                Gauge.builder("entente.gateway.instance.up", instance, i -> i.available() ? 1 : 0)
                        .description("1 while the instance takes requests, 0 while it rests after a failure")
                        .tags("service", upstream.name(), "instance", instance.host() + ":" + instance.port())
                        .register(registry);
            }
            upstream.retried(retries(upstream.name()));
            rateLimitedOn(upstream.name());
        }
    }

    /** The counter of the requests a route's rate limit refused, there at 0 before the first. */
    public Counter rateLimitedOn(String route) {
        return Counter.builder("entente.gateway.rate.limited")
                .description("Requests refused with 429 because the client's budget for the route was spent")
                .tag("route", route).register(registry);
    }

    private Counter retries(String service) {
        return Counter.builder("entente.gateway.retries")
                .description("Requests tried again at another instance after connecting failed")
                .tag("service", service).register(registry);
    }

    /** An answer relayed from {@code service} (a route's upstream), {@code elapsed} after the request arrived. */
    public void answered(String service, int status, Duration elapsed) {
        answerTimers.computeIfAbsent(service + ' ' + status / 100, key -> Timer.builder("entente.gateway.upstream.duration")
                .description("Requests the gateway forwarded to a service, by the class of the answer")
                .tags("service", service, "status", (status / 100) + "xx")
                .serviceLevelObjectives(BUCKETS)
                .register(registry)).record(elapsed);
    }

    public void rateLimited(String route) {
        rateLimitedOn(route).increment();
    }
}
