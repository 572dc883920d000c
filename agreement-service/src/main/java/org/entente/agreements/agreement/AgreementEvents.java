package org.entente.agreements.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.entente.platform.outbox.Outbox;

/** Publishes an agreement's events through the outbox, keyed by the agreement's id so they stay in order. */
@ApplicationScoped
public class AgreementEvents {

    private final Outbox outbox;

    AgreementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(Agreement agreement, String type, List<String> changed) {
        publish(agreement, type, new AgreementChanged(AgreementView.of(agreement), changed));
    }

    public void publish(Agreement agreement, String type, AgreementChanged payload) {
        outbox.publish(agreement.id.toString(), type, payload);
    }
}
