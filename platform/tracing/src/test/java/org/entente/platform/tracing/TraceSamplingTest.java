package org.entente.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceSamplingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private final Sampler exporting = new TraceSampling().sampler(true, 1.0);

    private static SamplingDecision decision(Sampler sampler, Context parent, SpanKind kind) {
        return sampler.shouldSample(parent, TRACE, "span", kind, Attributes.empty(), List.of()).getDecision();
    }

    private static Context sampledParent() {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7", TraceFlags.getSampled(),
                TraceState.getDefault())));
    }

    @Test
    void aTraceStartsAtARequestOrAMessage() {
        for (SpanKind kind : List.of(SpanKind.SERVER, SpanKind.CONSUMER, SpanKind.PRODUCER)) {
            assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decision(exporting, Context.root(), kind), kind.name());
        }
    }

    @Test
    void aDatabaseCallOutsideOfAnyRequestOrMessageStartsNoTrace() {
        assertEquals(SamplingDecision.DROP, decision(exporting, Context.root(), SpanKind.CLIENT), "a relay's poll");
        assertEquals(SamplingDecision.DROP, decision(exporting, Context.root(), SpanKind.INTERNAL), "getting a connection");
    }

    @Test
    void withinASampledTraceEverySpanIsRecorded() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decision(exporting, sampledParent(), SpanKind.CLIENT));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decision(exporting, sampledParent(), SpanKind.INTERNAL));
    }

    @Test
    void theSamplingShareAppliesToNewTracesAndNothingIsRecordedWithoutExport() {
        assertEquals(SamplingDecision.DROP, decision(new TraceSampling().sampler(true, 0.0), Context.root(), SpanKind.SERVER));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decision(new TraceSampling().sampler(true, 0.0), sampledParent(),
                SpanKind.SERVER), "a caller's sampled trace is joined");
        assertEquals(SamplingDecision.DROP, decision(new TraceSampling().sampler(false, 1.0), sampledParent(), SpanKind.SERVER));
    }
}
