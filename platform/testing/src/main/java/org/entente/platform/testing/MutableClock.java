package org.entente.platform.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so that scheduled work (expiry, renewal) is driven by setting the date
 * instead of sleeping. It is the service's {@link Clock} bean in every test; it tells the real time
 * until a test sets it, and a test that sets it resets it.
 */
@Singleton
public class MutableClock extends Clock {

    private volatile Instant fixed;

    public void setToday(LocalDate day) {
        fixed = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
