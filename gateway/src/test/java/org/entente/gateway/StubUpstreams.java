package org.entente.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.platform.infra.FreePorts;
import org.entente.platform.testing.TestTokens;

/**
 * Stand-in services on free loopback ports, some misbehaving on purpose, and the routes that lead to them:
 * <ul>
 * <li>two echo instances ({@code a}, {@code b}) answer every request with what they received and, as the
 * services do, echo its {@code X-Request-Id}; a path ending in {@code /created} gets a 201 whose
 * {@code Location} and {@code Link} name the instance by the Host it was asked at, {@code /replayed} a 201
 * whose {@code Location} names instance {@code a} whichever instance answers, {@code /uri-too-long} an
 * empty 414 as a service's HTTP layer gives it; a path ending in
 * {@code /hang} gets no answer (and {@code GET /_control/hangs-abandoned} counts the callers
 * that closed such a connection), {@code /slow-stream} a stream that outlasts the 500 ms
 * deadline, {@code /large} 8 MiB without a length, {@code /live-stream} an event stream fed by {@code POST /_control/emit} on the instance,
 * {@code /export} a CSV export as the services send one (chunked, with its Content-Disposition) of
 * {@value #EXPORT_ROWS} rows, its last row held back until {@code POST /_control/finish-exports};
 * alliance-service runs on both, exercise-service on {@code a};</li>
 * <li>agreement-service points at a port where nothing listens;</li>
 * <li>{@code /api/v1/retry} goes to a dead port and to {@code a} in turn;</li>
 * <li>{@code /api/v1/flaky} goes to a service that answers 500 while told to
 * ({@code POST /_control/fail} / {@code /_control/recover}) and counts what reaches it
 * ({@code GET /_control/count}), behind a breaker that opens after 3 failures for 1 s;</li>
 * <li>{@code /api/v1/pool} goes to a service that closes every connection, and to {@code b};
 * {@code /api/v1/closing} to that service alone;</li>
 * <li>{@code /api/v1/stuck} goes to a service that never answers anything, its readiness included;</li>
 * <li>{@code /api/v1/limited} goes to {@code a} with a rate limit of 3 per minute (admins 5);</li>
 * <li>{@code /api/v1/zipped} goes to a service that answers as the services do: a page of JSON, gzipped when
 * the client accepts it, with its {@code ETag}, {@code Cache-Control} and {@code Vary}, and 304 to that tag;
 * it says in {@code X-Asked-Encoding} what {@code Accept-Encoding} reached it.</li>
 * </ul>
 * The tests reach the stand-ins' control paths directly at {@code test.stub.<name>}.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    /** The rows of an {@code /export} sent at once, before the last one that waits for {@code /_control/finish-exports}. */
    public static final int EXPORT_ROWS = 40_000;

    private Vertx vertx;
    private volatile String originOfA;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        String a = listen(echo("a"));
        originOfA = a;
        String b = listen(echo("b"));
        String flaky = listen(flaky());
        String closer = listen(vertx.createHttpServer().requestHandler(request -> request.connection().close()));
        String stuck = listen(vertx.createHttpServer().requestHandler(request -> { })); // never answers, readiness included
        String dead = "http://127.0.0.1:" + FreePorts.pick();
        String zipping = listen(vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
                .requestHandler(StubUpstreams::zipped));

        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("test.stub.a", a);
        config.put("test.stub.b", b);
        config.put("test.stub.flaky", flaky);
        config.put("entente.gateway.upstreams.alliance-service.urls", a + "," + b);
        config.put("entente.gateway.upstreams.exercise-service.urls", a);
        config.put("entente.gateway.upstreams.exercise-service.response-timeout", "500ms");
        config.put("entente.gateway.request-body-timeout", "1s");
        config.put("entente.gateway.upstreams.agreement-service.urls", dead);
        config.put("entente.gateway.upstreams.agreement-service.circuit-breaker.failures", "1000");
        route(config, "retry-service", "/api/v1/retry", dead + "," + a);
        config.put("entente.gateway.upstreams.retry-service.rest-after-failure", "1ms");
        route(config, "flaky-service", "/api/v1/flaky", flaky);
        config.put("entente.gateway.upstreams.flaky-service.circuit-breaker.failures", "3");
        config.put("entente.gateway.upstreams.flaky-service.circuit-breaker.open-for", "1s");
        route(config, "pool-service", "/api/v1/pool", closer + "," + b);
        config.put("entente.gateway.upstreams.pool-service.rest-after-failure", "1m");
        route(config, "closing-service", "/api/v1/closing", closer);
        route(config, "stuck-service", "/api/v1/stuck", stuck);
        config.put("entente.gateway.upstreams.closing-service.circuit-breaker.failures", "1000");
        route(config, "limited-service", "/api/v1/limited", a);
        config.put("entente.gateway.rate-limit.routes.limited-service.requests", "3");
        config.put("entente.gateway.rate-limit.routes.limited-service.roles.admin", "5");
        route(config, "zipping-service", "/api/v1/zipped", zipping);
        return config;
    }

    private static void route(Map<String, String> config, String name, String prefix, String urls) {
        config.put("entente.gateway.upstreams." + name + ".urls", urls);
        config.put("entente.gateway.upstreams." + name + ".prefixes", prefix);
    }

    private HttpServer echo(String instance) {
        List<HttpServerResponse> streams = new CopyOnWriteArrayList<>();
        List<HttpServerResponse> exports = new CopyOnWriteArrayList<>();
        AtomicInteger hangsAbandoned = new AtomicInteger();
        return vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String path = request.path();
            if (request.getHeader("X-Request-Id") != null) {
                // echoed, as the services do
                request.response().putHeader("X-Request-Id", request.getHeader("X-Request-Id"));
            }
            if (path.endsWith("/created")) {
                // absolute URLs built from the Host header, as a service's Location and Link are
                String self = "http://" + request.authority();
                request.response().setStatusCode(201)
                        .putHeader("Location", self + "/api/v1/alliances/42")
                        .putHeader("Link", "<" + self + "/api/v1/alliances?after=abc>; rel=\"next\", "
                                + "<https://www.rfc-editor.org/rfc/rfc9457>; rel=\"help\"")
                        .end();
                return;
            }
            if (path.endsWith("/uri-too-long")) {
                // what a service's HTTP layer answers before any of its code runs: a status, no body
                request.response().setStatusCode(414).end();
                return;
            }
            if (path.endsWith("/replayed")) {
                // an answer recorded by instance a (an Idempotency-Key replay), whichever instance sends it
                request.response().setStatusCode(201).putHeader("Location", originOfA + "/api/v1/alliances/7").end();
                return;
            }
            if (path.endsWith("/hang")) {
                // never answers; counts the callers that gave up and closed the connection
                request.connection().closeHandler(v -> hangsAbandoned.incrementAndGet());
                return;
            }
            if (path.equals("/_control/hangs-abandoned")) {
                request.response().end(Integer.toString(hangsAbandoned.get()));
                return;
            }
            if (path.endsWith("/slow-stream")) {
                // starts at once, then goes on past the gateway's response deadline
                request.response().setChunked(true).putHeader("Content-Type", "text/event-stream").write("data: first\n\n");
                vertx.setTimer(1500, id -> request.response().end("data: second\n\n"));
                return;
            }
            if (path.endsWith("/large")) {
                // 8 MiB in 1 KiB chunks, without a length: the proxy must stream it, not hold it
                HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
                Buffer chunk = Buffer.buffer("x".repeat(1024));
                for (int i = 0; i < 8 * 1024; i++) {
                    response.write(chunk);
                }
                response.end();
                return;
            }
            if (path.endsWith("/live-stream")) {
                HttpServerResponse stream = request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
                stream.write(": open\n\n");
                streams.add(stream);
                stream.closeHandler(v -> streams.remove(stream));
                return;
            }
            if (path.endsWith("/export")) {
                HttpServerResponse export = request.response().setChunked(true)
                        .putHeader("Content-Type", "text/csv; charset=UTF-8; header=present")
                        .putHeader("Content-Disposition", "attachment; filename=\"exercises-2030-01-01.csv\"");
                export.write("id,name\r\n");
                StringBuilder rows = new StringBuilder();
                for (int i = 1; i <= EXPORT_ROWS; i++) {
                    rows.append(i).append(",\"Exercise, number ").append(i).append("\"\r\n");
                    if (i % 1000 == 0) { // in chunks of a thousand rows, as a service flushes a chunk of records
                        export.write(rows.toString());
                        rows.setLength(0);
                    }
                }
                export.write(rows.toString());
                exports.add(export);
                return;
            }
            if (path.equals("/_control/finish-exports")) {
                exports.forEach(export -> export.end("last,\"The end\"\r\n"));
                request.response().end(Integer.toString(exports.size()));
                exports.clear();
                return;
            }
            if (path.equals("/_control/emit")) {
                streams.forEach(stream -> stream.write("data: " + body + "\n\n"));
                request.response().end(Integer.toString(streams.size()));
                return;
            }
            if (path.equals("/q/openapi")) {
                json(request, openApiDocument(request));
                return;
            }
            if (path.endsWith("/hop-by-hop")) {
                request.response().putHeader("Connection", "X-Internal-Hop").putHeader("X-Internal-Hop", "secret")
                        .putHeader("Keep-Alive", "timeout=5").putHeader("Proxy-Authenticate", "Basic");
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            json(request, new JsonObject()
                    .put("instance", instance)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("body", body.toString()));
        }));
    }

    /** A small document in the shape the services serve, with one path, one operation id and two schemas. */
    private static JsonObject openApiDocument(HttpServerRequest request) {
        JsonObject problemRef = new JsonObject().put("$ref", "#/components/schemas/Problem");
        return new JsonObject().put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "echo").put("version", "1"))
                .put("x-query", request.query())
                .put("x-authorization", request.getHeader("Authorization"))
                .put("paths", new JsonObject().put("/api/v1/echo", new JsonObject().put("get", new JsonObject()
                        .put("operationId", "listEchoes")
                        .put("responses", new JsonObject().put("400", new JsonObject().put("description", "Bad request").put("content",
                                new JsonObject().put("application/problem+json", new JsonObject().put("schema", problemRef))))))))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Problem", new JsonObject().put("type", "object"))))
                .put("tags", new JsonArray().add(new JsonObject().put("name", "Echo")));
    }

    private HttpServer flaky() {
        AtomicInteger served = new AtomicInteger();
        boolean[] failing = {false};
        return vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/_control/fail" -> {
                    failing[0] = true;
                    request.response().end();
                }
                case "/_control/recover" -> {
                    failing[0] = false;
                    request.response().end();
                }
                case "/_control/count" -> request.response().end(Integer.toString(served.get()));
                default -> {
                    served.incrementAndGet();
                    if (request.path().endsWith("/missing")) {
                        request.response().setStatusCode(404).end();
                    } else if (failing[0]) {
                        request.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                                .end(new JsonObject().put("status", 500).put("title", "Internal Server Error").encode());
                    } else {
                        json(request, new JsonObject().put("ok", true));
                    }
                }
            }
        });
    }

    private static void zipped(HttpServerRequest request) {
        String tag = "W/\"page-1\"";
        request.response().putHeader("ETag", tag).putHeader("Cache-Control", "private, no-cache")
                .putHeader("Vary", "Accept-Encoding")
                .putHeader("X-Asked-Encoding", String.valueOf(request.getHeader("Accept-Encoding")));
        if (tag.equals(request.getHeader("If-None-Match"))) {
            request.response().setStatusCode(304).end();
            return;
        }
        JsonArray items = new JsonArray();
        for (int i = 0; i < 100; i++) {
            items.add(new JsonObject().put("id", i).put("name", "Exercise number " + i).put("status", "PLANNED"));
        }
        json(request, new JsonObject().put("items", items).putNull("next"));
    }

    private static void json(HttpServerRequest request, JsonObject body) {
        request.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private String listen(HttpServer server) {
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a stand-in service did not start", e);
        }
        return "http://127.0.0.1:" + server.actualPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
