package org.entente.platform.relay;

import java.time.Instant;

/**
 * What the relay last saw of Kafka: {@code kafka} is {@code UP} after a batch went through,
 * {@code DEGRADED} while attempts fail (the events wait in the outbox), {@code STARTING} before the
 * first attempt, {@code DISABLED} when this instance does not relay.
 *
 * @param failingSince the first failure of the current run of failures, or null
 * @param failures     attempts failed in a row
 */
public record RelayState(String kafka, Instant lastSuccess, Instant failingSince, int failures, String lastError) {

    static RelayState starting() {
        return new RelayState("STARTING", null, null, 0, null);
    }

    static RelayState disabled() {
        return new RelayState("DISABLED", null, null, 0, null);
    }

    RelayState succeeded(Instant now) {
        return new RelayState("UP", now, null, 0, null);
    }

    RelayState failed(Instant now, String error) {
        return new RelayState("DEGRADED", lastSuccess, failingSince == null ? now : failingSince, failures + 1, error);
    }
}
