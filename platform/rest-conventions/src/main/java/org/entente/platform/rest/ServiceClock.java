package org.entente.platform.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock services read "today" from (UTC), injected rather than called statically so that tests
 * can move time (the testing module's {@code MutableClock} replaces this default bean).
 */
@Singleton
public class ServiceClock {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
