package org.entente.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One token bucket (Bucket4j) per client and route: a client may spend its whole limit at once and
 * gets it back evenly over the period. Buckets of clients that went quiet are dropped.
 */
@Singleton
public class RateLimits {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longestPeriod(config).multipliedBy(2))
                .maximumSize(200_000)
                .build();
    }

    /** Takes one request from the client's bucket for this route. */
    Decision take(String route, String client, Set<String> roles) {
        if (!config.enabled()) {
            return Decision.UNLIMITED;
        }
        Limit limit = limitFor(route, roles);
        Bucket bucket = buckets.get(route + '|' + limit + '|' + client, key -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), seconds(probe.getNanosToWaitForRefill()));
    }

    Limit limitFor(String route, Set<String> roles) {
        Optional<RateLimitConfig.RouteLimit> own = Optional.ofNullable(config.routes().get(route));
        Duration period = own.flatMap(RateLimitConfig.RouteLimit::period).orElse(config.period());
        int requests = own.flatMap(r -> highest(r.roles(), roles))
                .or(() -> own.flatMap(RateLimitConfig.RouteLimit::requests))
                .or(() -> highest(config.roles(), roles))
                .orElse(config.requests());
        return new Limit(requests, period);
    }

    private static Optional<Integer> highest(Map<String, Integer> byRole, Set<String> roles) {
        return roles.stream().map(byRole::get).filter(v -> v != null).max(Integer::compare);
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static Duration longestPeriod(RateLimitConfig config) {
        return config.routes().values().stream().map(r -> r.period().orElse(config.period()))
                .reduce(config.period(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    record Limit(int requests, Duration period) {
        @Override
        public String toString() {
            return requests + "/" + period.toSeconds() + "s";
        }
    }

    /**
     * Whether the request may pass, and what the {@code RateLimit-*} headers say: what is left, the
     * seconds until the bucket is full again, and (when refused) the seconds until one request is back.
     * With rate limiting switched off there is no limit, and nothing to say.
     */
    record Decision(boolean allowed, Limit limit, long remaining, long resetSeconds, long retryAfterSeconds) {

        static final Decision UNLIMITED = new Decision(true, null, 0, 0, 0);

        boolean limited() {
            return limit != null;
        }
    }
}
