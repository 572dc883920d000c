package org.entente.exercises.alliance;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.platform.cloudevents.KafkaCloudEvents;

/** Feeds the {@link AllianceReadModel} from {@code alliances.events} (channel {@code alliances}). */
@ApplicationScoped
public class AllianceEventsConsumer {

    private final AllianceReadModel model;

    AllianceEventsConsumer(AllianceReadModel model) {
        this.model = model;
    }

    @Incoming("alliances")
    @Blocking // Mongo writes; ordered, so one alliance's events apply in their order
    public void consume(ConsumerRecord<String, byte[]> record) {
        model.apply(KafkaCloudEvents.fromRecord(record));
    }
}
