package org.entente.platform.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which traces are recorded: none unless {@code entente.tracing.export} is on (then they go over OTLP to
 * {@code quarkus.otel.exporter.otlp.endpoint}); with it, a {@code entente.tracing.sampling} share of the
 * new traces, and every trace a caller already sampled. Unrecorded traces still carry their ids, into
 * the logs, the outbox and on to Kafka, so turning export on changes nothing else.
 */
@Singleton
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "entente.tracing.export") boolean export,
                    @ConfigProperty(name = "entente.tracing.sampling") double sampling) {
        return export ? Sampler.parentBased(Sampler.traceIdRatioBased(sampling)) : Sampler.alwaysOff();
    }
}
