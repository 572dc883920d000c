package org.entente.agreements.agreement;

import java.util.UUID;

/** An agreement as the API shows it. */
public record AgreementView(UUID id, String title) {

    static AgreementView of(Agreement agreement) {
        return new AgreementView(agreement.id, agreement.title);
    }
}
