package org.entente.platform.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans a test's application ends, in memory: Quarkus exports to every {@code SpanExporter} bean.
 * Recorded only when the test turns tracing on ({@code entente.tracing.export=true}).
 */
public class TestSpans {

    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
