package org.entente.agreements.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The payload of every agreement event: the agreement's new state, the fields that changed, and
 * for milestone and consultation events the milestone or consultation concerned.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementChanged(AgreementView agreement, List<String> changed, Object milestone, Object consultation) {

    public AgreementChanged(AgreementView agreement, List<String> changed) {
        this(agreement, changed, null, null);
    }
}
