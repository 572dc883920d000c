package org.entente.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "entente.gateway")
public interface GatewayConfig {

    /** By service name, e.g. {@code alliance-service}. */
    Map<String, Upstream> upstreams();

    @WithDefault("2s")
    Duration connectTimeout();

    interface Upstream {

        /** Base URL of the service, e.g. {@code http://127.0.0.1:8081}. */
        URI url();

        /**
         * Path prefixes forwarded to this service with everything below them, e.g. {@code /api/v1/alliances};
         * {@code *} stands for one path segment ({@code /api/v1/countries/*}{@code /alliances}).
         */
        List<String> prefixes();

        /**
         * How long the service may take to start its response before the gateway answers 504; a
         * response that has started may stream on (Server-Sent Events).
         */
        @WithDefault("1500ms")
        Duration responseTimeout();

        /** Where the service serves its OpenAPI document. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();
    }
}
