package org.entente.agreements.reference;

import java.util.List;
import org.entente.agreements.agreement.AgreementInput;
import org.entente.agreements.agreement.TransitionInput;
import org.entente.agreements.consultation.ConsultationInput;

/** One agreement of the bundled reference data: its record, its termination if it ended, its consultations. */
public record ReferenceAgreement(AgreementInput agreement, TransitionInput termination, List<ConsultationInput> consultations) {
}
