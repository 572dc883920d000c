package org.entente.exercises.alliance;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;

/** Feeds the {@link AllianceReadModel} from {@code alliances.events} (channel {@code alliances}). */
@ApplicationScoped
public class AllianceEventsConsumer {

    private final AllianceReadModel model;

    AllianceEventsConsumer(AllianceReadModel model) {
        this.model = model;
    }

    /** A poll's records at once (the channel is in batch mode): one write per alliance they touch, not per event. */
    @Incoming("alliances")
    @Blocking // Mongo writes; ordered, so one alliance's events apply in their order
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<DomainEvent> events = new ArrayList<>(records.count());
        records.forEach(record -> events.add(KafkaCloudEvents.fromRecord(record)));
        model.applyAll(events);
    }
}
