package org.entente.alliances.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.entente.platform.outbox.Outbox;

/** Publishes an alliance's events through the outbox, keyed by the alliance's id so they stay in order. */
@ApplicationScoped
public class AllianceEvents {

    private final Outbox outbox;

    AllianceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(Alliance alliance, String type, List<String> changed) {
        publish(alliance, type, new AllianceChanged(AllianceView.of(alliance), changed));
    }

    /** For the events that carry more than the alliance (members, figures, invocations). */
    public void publish(Alliance alliance, String type, Object payload) {
        outbox.publish(alliance.id.toString(), type, payload);
    }
}
