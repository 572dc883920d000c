package org.entente.exercises.alliance;

import io.opentelemetry.api.trace.Span;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.exercises.consuming.ConsumerLag;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.entente.platform.tracing.EventTracing;

/** Feeds the {@link AllianceReadModel} from {@code alliances.events} (channel {@code alliances}). */
@ApplicationScoped
public class AllianceEventsConsumer {

    private final AllianceReadModel model;
    private final EventTracing tracing;
    private final KafkaClientService clients;
    private final ConsumerLag lag;

    AllianceEventsConsumer(AllianceReadModel model, EventTracing tracing, KafkaClientService clients, MeterRegistry registry,
                           @ConfigProperty(name = "mp.messaging.incoming.alliances.topic") String topic) {
        this.model = model;
        this.tracing = tracing;
        this.clients = clients;
        this.lag = new ConsumerLag(registry, "alliance-read-model", topic);
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
        lag.update(clients.getConsumer("alliances").unwrap().metrics());
    }
}
