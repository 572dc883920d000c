package org.entente.agreements.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementInput;
import org.entente.agreements.agreement.AgreementService;
import org.entente.agreements.agreement.Lifecycle;
import org.entente.agreements.consultation.ConsultationInput;
import org.entente.agreements.consultation.ConsultationService;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.BundledJson;
import org.entente.platform.rest.ImportSummary;
import org.entente.platform.rest.ETags;
import org.jboss.logging.Logger;

/**
 * Real bilateral defense agreements from the public record (the US-Japan treaty of 1960 and others),
 * kept in {@code reference/agreements.json} with the source of each. Loaded through the same
 * services as any client's writes, so every record is validated, has its history and is published
 * as events. Facts written and checked by the team.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);
    private static final String RESOURCE = "/reference/agreements.json";

    private final AgreementService agreements;
    private final ConsultationService consultations;
    private final ObjectMapper json;
    private final Validator validator;
    private final boolean loadOnEmpty;

    ReferenceData(AgreementService agreements, ConsultationService consultations, ObjectMapper json, Validator validator,
                  @ConfigProperty(name = "entente.reference-data.load-on-empty", defaultValue = "false") boolean loadOnEmpty) {
        this.agreements = agreements;
        this.consultations = consultations;
        this.json = json;
        this.validator = validator;
        this.loadOnEmpty = loadOnEmpty;
    }

    void loadIntoEmptyDatabase(@Observes StartupEvent started) {
        // a lambda, not Agreement::count: a method reference would call PanacheEntityBase.count, which Panache does not enhance
        if (loadOnEmpty && QuarkusTransaction.requiringNew().call(() -> Agreement.count()) == 0) {
            ImportSummary summary = importBundled();
            LOG.infof("Loaded %d reference agreements into the empty database", summary.created().size());
        }
    }

    /** Imports every bundled agreement its parties do not have yet under the same title, each in one transaction. */
    public ImportSummary importBundled() {
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ReferenceAgreement reference : bundled()) {
            boolean imported = QuarkusTransaction.requiringNew().call(() -> importOne(reference));
            (imported ? created : skipped).add(reference.agreement().title());
        }
        return new ImportSummary(created, skipped);
    }

    private boolean importOne(ReferenceAgreement reference) {
        AgreementInput input = BeanValidation.requireValid(validator, reference.agreement());
        if (Agreement.count("title = ?1 AND ((partyA = ?2 AND partyB = ?3) OR (partyA = ?3 AND partyB = ?2))",
                input.title(), input.parties().get(0), input.parties().get(1)) > 0) {
            return false;
        }
        Agreement agreement = agreements.create(input);
        if (reference.termination() != null) {
            agreements.operate(agreement.id.toString(), ETags.of(agreement.version).toString(),
                    (lifecycle, a) -> terminate(lifecycle, a, reference));
        }
        for (ConsultationInput consultation : reference.consultations()) {
            consultations.record(agreement.id.toString(), BeanValidation.requireValid(validator, consultation));
        }
        return true;
    }

    private static void terminate(Lifecycle lifecycle, Agreement agreement, ReferenceAgreement reference) {
        lifecycle.terminate(agreement, reference.termination());
    }

    public List<ReferenceAgreement> bundled() {
        return BundledJson.read(json, RESOURCE, new TypeReference<List<ReferenceAgreement>>() { });
    }
}
