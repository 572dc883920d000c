package org.entente.platform.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which traces are recorded: none unless {@code entente.tracing.export} is on (then they go over OTLP to
 * {@code quarkus.otel.exporter.otlp.endpoint}); with it, a {@code entente.tracing.sampling} share of the
 * new traces, and every trace a caller already sampled. A trace starts at a request or a message only:
 * the database calls of the relays' polling and of scheduled jobs, outside of both, would otherwise
 * each be a trace of its own, several a second, burying the ones an operator looks for. Unrecorded
 * traces still carry their ids, into the logs, the outbox and on to Kafka, so turning export on changes
 * nothing else.
 */
@Singleton
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "entente.tracing.export") boolean export,
                    @ConfigProperty(name = "entente.tracing.sampling") double sampling) {
        return export ? Sampler.parentBased(new RequestsAndMessages(Sampler.traceIdRatioBased(sampling))) : Sampler.alwaysOff();
    }

    /** For spans without a parent: a share of those that serve a request or handle a message; none of the others. */
    static final class RequestsAndMessages implements Sampler {

        private final Sampler share;

        RequestsAndMessages(Sampler share) {
            this.share = share;
        }

        @Override
        public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                           Attributes attributes, List<LinkData> parentLinks) {
            return spanKind == SpanKind.CLIENT || spanKind == SpanKind.INTERNAL ? SamplingResult.drop()
                    : share.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
        }

        @Override
        public String getDescription() {
            return "RequestsAndMessages{" + share.getDescription() + "}";
        }
    }
}
