package org.entente.agreements.country;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.agreement.AgreementType;

/** One partner of a country: the agreements between them, and how many are in force on the day asked. */
public record PartnerView(String partner, int inForce, List<Entry> agreements) {

    /** One agreement with the partner, and whether it is in force on the day asked. */
    public record Entry(UUID id, String title, AgreementType type, AgreementStatus status, LocalDate signed,
                        LocalDate enteredIntoForce, LocalDate expires, LocalDate terminated, boolean inForce) {

        static Entry of(Agreement a, LocalDate day) {
            return new Entry(a.id, a.title, a.type, a.status, a.signed, a.enteredIntoForce, a.expires, a.terminated,
                    a.inForceOn(day));
        }
    }
}
