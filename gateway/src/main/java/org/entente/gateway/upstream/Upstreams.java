package org.entente.gateway.upstream;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** The configured services, each with its instances and breaker, sharing one connection pool per instance. */
@Singleton
public class Upstreams {

    private final Map<String, Upstream> byName = new LinkedHashMap<>();

    Upstreams(GatewayConfig config, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnectionsPerInstance())
                .setMaxWaitQueueSize(config.maxWaiting())
                // frees a connection whose request hangs after its 504; longer than any stream's heartbeat
                .setIdleTimeout(60));
        config.upstreams().forEach((name, upstream) ->
                byName.put(name, new Upstream(name, upstream, config.connectTimeout(), client, vertx)));
    }

    public Collection<Upstream> all() {
        return byName.values();
    }

    public Upstream named(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new NoSuchElementException("No upstream named " + name + " is configured");
        }
        return upstream;
    }
}
