package org.entente.gateway.upstream;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One service behind the gateway: its instances, taken in turn (round-robin), skipping one that has
 * just failed (passive health), and a circuit breaker for the whole service.
 *
 * <p>Instance choice and connection retries are hand-written because they are a few lines over the
 * Vert.x client and have to see the proxy's per-request state; Vert.x's service discovery and load
 * balancing (5.x) are not available for the Vert.x 4 line Quarkus uses. The breaker is Vert.x's.
 */
public final class Upstream {

    private static final Logger LOG = Logger.getLogger(Upstream.class);
    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final String name;
    private final GatewayConfig.Upstream config;
    private final Duration connectTimeout;
    private final HttpClient client;
    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();
    private final CircuitBreaker breaker;
    private final Vertx vertx;
    private volatile long openedAtNanos;
    private volatile Runnable retried = () -> { };

    Upstream(String name, GatewayConfig.Upstream config, Duration connectTimeout, HttpClient client, Vertx vertx) {
        this.name = name;
        this.config = config;
        this.connectTimeout = config.connectTimeout().orElse(connectTimeout);
        this.client = client;
        this.vertx = vertx;
        this.instances = config.urls().stream().map(Instance::new).toList();
        GatewayConfig.CircuitBreaker settings = config.circuitBreaker();
        this.breaker = CircuitBreaker.create(name, vertx, new CircuitBreakerOptions()
                        .setMaxFailures(settings.failures())
                        .setFailuresRollingWindow(settings.window().toMillis())
                        .setResetTimeout(settings.openFor().toMillis())
                        .setTimeout(-1) // the route's own deadline answers 504, which counts as a failure
                        .setNotificationAddress(null))
                .openHandler(v -> {
                    openedAtNanos = System.nanoTime();
                    LOG.warnf("Circuit breaker for %s is open: answering 503 for %s", name, settings.openFor());
                })
                .halfOpenHandler(v -> LOG.infof("Circuit breaker for %s lets one request try again", name))
                .closeHandler(v -> LOG.infof("Circuit breaker for %s is closed: %s answers again", name, name));
    }

    public String name() {
        return name;
    }

    public GatewayConfig.Upstream config() {
        return config;
    }

    public List<Instance> instances() {
        return instances;
    }

    public HttpClient client() {
        return client;
    }

    /**
     * A request to the next available instance. When connecting fails, an idempotent request tries the
     * next instance, up to the route's retries; {@code chosen} learns each instance tried.
     */
    public Future<HttpClientRequest> connect(HttpMethod method, Consumer<Instance> chosen) {
        int attempts = 1 + (IDEMPOTENT.contains(method) ? Math.max(0, config.retries()) : 0);
        return connect(attempts, new HashSet<>(), chosen);
    }

    private Future<HttpClientRequest> connect(int attemptsLeft, Set<Instance> tried, Consumer<Instance> chosen) {
        Instance instance = next(tried);
        tried.add(instance);
        chosen.accept(instance);
        RequestOptions options = new RequestOptions().setHost(instance.host()).setPort(instance.port())
                .setConnectTimeout(connectTimeout.toMillis());
        return client.request(options).recover(failure -> {
            failed(instance);
            LOG.warnf("Could not connect to %s at %s: %s", name, instance, failure.getMessage());
            if (attemptsLeft <= 1) {
                return Future.failedFuture(failure);
            }
            retried.run();
            return connect(attemptsLeft - 1, tried, chosen);
        });
    }

    /** The next instance in turn that is neither resting nor tried; a resting one if none is left. */
    private Instance next(Set<Instance> tried) {
        int size = instances.size();
        int start = Math.floorMod(turn.getAndIncrement(), size);
        Instance untriedButResting = null;
        for (int i = 0; i < size; i++) {
            Instance candidate = instances.get((start + i) % size);
            if (tried.contains(candidate)) {
                continue;
            }
            if (candidate.available()) {
                return candidate;
            }
            if (untriedButResting == null) {
                untriedButResting = candidate;
            }
        }
        return untriedButResting != null ? untriedButResting : instances.get(start);
    }

    /** Counts each connection retried at another instance. */
    void retried(io.micrometer.core.instrument.Counter counter) {
        this.retried = counter::increment;
    }

    public void failed(Instance instance) {
        instance.failed(config.restAfterFailure().toNanos());
    }

    /**
     * Runs {@code call} through the breaker: a failed future or a result that {@code isFailure} counts
     * against the service. While the breaker is open, fails at once with {@link ServiceUnavailable}.
     */
    public <T> Future<T> guarded(Supplier<Future<T>> call, Predicate<T> isFailure) {
        return breaker.<T>execute(promise -> call.get().onComplete(result -> {
            if (result.failed()) {
                promise.fail(result.cause());
            } else if (isFailure.test(result.result())) {
                promise.fail(new FailedResult(result.result()));
            } else {
                promise.complete(result.result());
            }
        })).recover(unwrap());
    }

    @SuppressWarnings("unchecked")
    private <T> Function<Throwable, Future<T>> unwrap() {
        return failure -> {
            if (failure instanceof FailedResult failed) {
                return Future.succeededFuture((T) failed.result);
            }
            if (failure instanceof OpenCircuitException) {
                return Future.failedFuture(new ServiceUnavailable(name, retryAfter()));
            }
            return Future.failedFuture(failure);
        };
    }

    public boolean isOpen() {
        return breaker.state() != CircuitBreakerState.CLOSED;
    }

    /** Until the breaker lets a request try again, at least one second. */
    Duration retryAfter() {
        long elapsed = System.nanoTime() - openedAtNanos;
        Duration left = config.circuitBreaker().openFor().minusNanos(elapsed);
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    /**
     * A GET of {@code uri} from the next healthy instance, through the breaker, for the gateway's own
     * calls (views, documents). The caller gets {@link TimedOut} after {@code timeout}; the instance and
     * the breaker judge the service by the route's own response timeout, so a caller in a hurry does not
     * make a service look broken.
     */
    public Future<Reply> get(String uri, MultiMap headers, Duration timeout) {
        Duration routeTimeout = config.responseTimeout().compareTo(timeout) > 0 ? config.responseTimeout() : timeout;
        Instance[] used = new Instance[1];
        Future<Reply> judged = guarded(() -> within(routeTimeout, connect(HttpMethod.GET, instance -> used[0] = instance)
                .compose(request -> {
                    request.setMethod(HttpMethod.GET).setURI(uri).idleTimeout(routeTimeout.toMillis());
                    request.headers().addAll(headers);
                    return request.send();
                })
                .compose(response -> response.body()
                        .map(body -> new Reply(response.statusCode(), response.getHeader("Content-Type"), body))))
                .onComplete(result -> {
                    if (used[0] != null && (result.failed() || result.result().status() >= 500)) {
                        failed(used[0]);
                    }
                }), reply -> reply.status() >= 500);
        return within(timeout, judged);
    }

    /** {@code future}, or {@link TimedOut} if it has not completed after {@code timeout}. */
    private <T> Future<T> within(Duration timeout, Future<T> future) {
        Promise<T> promise = Promise.promise();
        long timer = vertx.setTimer(timeout.toMillis(), id -> promise.tryFail(new TimedOut(name, timeout)));
        future.onComplete(result -> {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                promise.tryComplete(result.result());
            } else {
                promise.tryFail(result.cause());
            }
        });
        return promise.future();
    }

    /** What went wrong with a call, for a client: no addresses or other internals. */
    public String describe(Throwable failure) {
        if (failure instanceof TimedOut || failure instanceof ServiceUnavailable) {
            return failure.getMessage();
        }
        return name + " is not reachable";
    }

    /** A service's answer to one of the gateway's own calls. */
    public record Reply(int status, String contentType, Buffer body) {

        public JsonObject json() {
            return body.toJsonObject();
        }
    }

    /** The service did not answer within the call's timeout. */
    public static final class TimedOut extends RuntimeException {
        TimedOut(String service, Duration timeout) {
            super(service + " did not answer within " + timeout.toMillis() + " ms", null, false, false);
        }
    }

    /** A result that the breaker counts as a failure but that still goes back to the caller. */
    private static final class FailedResult extends RuntimeException {
        final transient Object result;

        FailedResult(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** What a caller gets while the service's breaker is open. */
    public static final class ServiceUnavailable extends RuntimeException {
        private final transient Duration retryAfter;

        ServiceUnavailable(String service, Duration retryAfter) {
            super(service + " is failing; the gateway is not sending it requests for now", null, false, false);
            this.retryAfter = retryAfter;
        }

        public long retryAfterSeconds() {
            return (retryAfter.toMillis() + 999) / 1000;
        }
    }
}
