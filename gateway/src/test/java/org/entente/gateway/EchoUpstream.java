package org.entente.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.platform.infra.FreePorts;
import org.entente.platform.testing.TestTokens;

/**
 * A stand-in service on a free port that answers every request with what it received (method, URI,
 * headers, body), and {@code /q/openapi} with a small document; a path ending in {@code /hang} gets no
 * answer, one ending in {@code /slow-stream} a stream that outlasts the 500 ms deadline. alliance-service and
 * exercise-service point at it; agreement-service points at a port where nothing listens.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().endsWith("/hang")) {
                return; // never answers
            }
            if (request.path().endsWith("/slow-stream")) {
                // starts at once, then goes on past the gateway's response deadline
                request.response().setChunked(true).putHeader("Content-Type", "text/event-stream").write("data: first\n\n");
                vertx.setTimer(1500, id -> request.response().end("data: second\n\n"));
                return;
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("openapi", "3.0.3")
                                .put("info", new JsonObject().put("title", "echo").put("version", "1"))
                                .put("x-query", request.query())
                                .put("x-authorization", request.getHeader("Authorization"))
                                .encode());
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            request.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("headers", headers)
                            .put("body", body.toString())
                            .encode());
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("echo upstream did not start", e);
        }
        String echo = "http://127.0.0.1:" + server.actualPort();
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("entente.gateway.upstreams.alliance-service.url", echo);
        config.put("entente.gateway.upstreams.exercise-service.url", echo);
        config.put("entente.gateway.upstreams.exercise-service.response-timeout", "500ms");
        config.put("entente.gateway.upstreams.agreement-service.url", "http://127.0.0.1:" + FreePorts.pick());
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
