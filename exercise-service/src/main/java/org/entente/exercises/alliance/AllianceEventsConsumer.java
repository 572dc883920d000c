package org.entente.exercises.alliance;

import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.entente.platform.tracing.EventTracing;

/** Feeds the {@link AllianceReadModel} from {@code alliances.events} (channel {@code alliances}). */
@ApplicationScoped
public class AllianceEventsConsumer {

    private final AllianceReadModel model;
    private final EventTracing tracing;

    AllianceEventsConsumer(AllianceReadModel model, EventTracing tracing) {
        this.model = model;
        this.tracing = tracing;
    }

    /** A poll's records at once (the channel is in batch mode): one write per alliance they touch, not per event. */
    @Incoming("alliances")
    @Blocking // Mongo writes; ordered, so one alliance's events apply in their order
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<DomainEvent> events = new ArrayList<>(records.count());
        List<Span> spans = new ArrayList<>(records.count());
        records.forEach(record -> spans.add(tracing.processing(record, "alliance-read-model")));
        try {
            records.forEach(record -> events.add(KafkaCloudEvents.fromRecord(record)));
            model.applyAll(events);
        } catch (RuntimeException e) {
            EventTracing.endAll(spans, e);
            throw e;
        }
        EventTracing.endAll(spans, null);
    }
}
