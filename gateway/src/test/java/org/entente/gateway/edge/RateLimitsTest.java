package org.entente.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which limit applies: the route's role limit, else the route's, else the role's, else the default. */
class RateLimitsTest {

    private static RateLimitConfig config(boolean enabled) {
        RateLimitConfig.RouteLimit views = new RateLimitConfig.RouteLimit() {
            public Optional<Integer> requests() {
                return Optional.of(300);
            }

            public Optional<Duration> period() {
                return Optional.of(Duration.ofSeconds(10));
            }

            public Map<String, Integer> roles() {
                return Map.of("admin", 900);
            }
        };
        return new RateLimitConfig() {
            public boolean enabled() {
                return enabled;
            }

            public int requests() {
                return 1200;
            }

            public Duration period() {
                return Duration.ofMinutes(1);
            }

            public Map<String, Integer> roles() {
                return Map.of("admin", 6000, "editor", 2400);
            }

            public Map<String, RouteLimit> routes() {
                return Map.of("views", views);
            }
        };
    }

    private final RateLimits limits = new RateLimits(config(true));

    @Test
    void aRouteWithoutItsOwnLimitsTakesTheRolesOrTheDefault() {
        assertEquals(new RateLimits.Limit(1200, Duration.ofMinutes(1)), limits.limitFor("alliance-service", Set.of("reader")));
        assertEquals(new RateLimits.Limit(6000, Duration.ofMinutes(1)), limits.limitFor("alliance-service", Set.of("admin")));
    }

    @Test
    void theHighestOfTheCallersRolesCounts() {
        assertEquals(6000, limits.limitFor("alliance-service", Set.of("editor", "admin")).requests());
        assertEquals(2400, limits.limitFor("alliance-service", Set.of("editor", "reader")).requests());
    }

    @Test
    void aRoutesOwnLimitsComeFirstWithItsOwnPeriod() {
        assertEquals(new RateLimits.Limit(300, Duration.ofSeconds(10)), limits.limitFor("views", Set.of("editor")));
        assertEquals(new RateLimits.Limit(900, Duration.ofSeconds(10)), limits.limitFor("views", Set.of("admin")));
    }

    @Test
    void theBucketRefillsEvenlyOverThePeriod() {
        RateLimits.Decision first = limits.take("views", "subject:a", Set.of());
        assertTrue(first.allowed());
        assertEquals(299, first.remaining());
        for (int i = 0; i < 299; i++) {
            limits.take("views", "subject:a", Set.of());
        }
        RateLimits.Decision refused = limits.take("views", "subject:a", Set.of());
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "one request comes back every 10 s / 300");
        assertEquals(10, refused.resetSeconds(), "the whole bucket in 10 s");
    }

    @Test
    void switchedOffEverythingPasses() {
        RateLimits off = new RateLimits(config(false));
        for (int i = 0; i < 400; i++) {
            RateLimits.Decision decision = off.take("views", "subject:a", Set.of());
            assertTrue(decision.allowed());
            assertFalse(decision.limited(), "no limit to report in RateLimit-* headers");
        }
    }
}
