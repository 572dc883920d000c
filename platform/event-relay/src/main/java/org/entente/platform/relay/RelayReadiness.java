package org.entente.platform.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka in readiness without asking Kafka: the service can serve while the broker is away (writes
 * go to the outbox and wait), so this check is always up and reports what the relay last saw, at
 * once. A readiness probe that waited on the broker would take every instance out of rotation in a
 * Kafka outage, which is exactly what the outbox exists to ride out.
 */
@Readiness
@ApplicationScoped
public class RelayReadiness implements HealthCheck {

    private final EventRelay relay;

    RelayReadiness(EventRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        RelayState state = relay.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka (outbox relay)").up()
                .withData("kafka", state.kafka());
        if (state.lastSuccess() != null) {
            response.withData("lastPublished", state.lastSuccess().toString());
        }
        if (state.failingSince() != null) {
            response.withData("failingSince", state.failingSince().toString())
                    .withData("failedAttempts", state.failures())
                    .withData("lastError", state.lastError());
        }
        return response.build();
    }
}
