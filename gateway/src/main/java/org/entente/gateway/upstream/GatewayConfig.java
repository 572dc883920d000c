package org.entente.gateway.upstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "entente.gateway")
public interface GatewayConfig {

    /** By service name, e.g. {@code alliance-service}. */
    Map<String, Upstream> upstreams();

    /** How long connecting to a service may take, unless its route says otherwise. */
    @WithDefault("500ms")
    Duration connectTimeout();

    /** Connections kept per service instance; requests beyond them wait in a queue of {@link #maxWaiting()}. */
    @WithDefault("64")
    int maxConnectionsPerInstance();

    @WithDefault("1024")
    int maxWaiting();

    /** How long a chunked request body (read ahead at the edge to check its size) may take to arrive. */
    @WithDefault("10s")
    Duration requestBodyTimeout();

    interface Upstream {

        /**
         * Base URLs of the service's instances, e.g. {@code http://127.0.0.1:8081}; requests take them in
         * turn, skipping one that has just failed.
         */
        List<URI> urls();

        /**
         * Path prefixes forwarded to this service with everything below them, e.g. {@code /api/v1/alliances};
         * {@code *} stands for one path segment ({@code /api/v1/countries/*}{@code /alliances}).
         */
        List<String> prefixes();

        /** Overrides the gateway's connect timeout for this service. */
        Optional<Duration> connectTimeout();

        /**
         * How long the service may take to start its response before the gateway answers 504; a
         * response that has started may stream on (Server-Sent Events).
         */
        @WithDefault("1500ms")
        Duration responseTimeout();

        /**
         * Further attempts, each on the next instance, when connecting fails. Only for idempotent methods
         * (GET, HEAD, OPTIONS, PUT, DELETE): nothing was sent, but a POST is never sent twice on a guess.
         */
        @WithDefault("1")
        int retries();

        /** Passive health: an instance that failed (no answer, or a 5xx) is skipped for this long. */
        @WithDefault("10s")
        Duration restAfterFailure();

        CircuitBreaker circuitBreaker();

        /** Where the service serves its OpenAPI document. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();
    }

    /** When a service keeps failing, the gateway stops asking it for a while and answers 503 at once. */
    interface CircuitBreaker {

        /**
         * Failures in a row (no answer, or a 5xx) within {@link #window()} that open the breaker; a success
         * starts the count again (Vert.x circuit breaker).
         */
        @WithDefault("5")
        int failures();

        @WithDefault("10s")
        Duration window();

        /** How long the breaker stays open before one request may try the service again. */
        @WithDefault("5s")
        Duration openFor();
    }
}
