package org.entente.agreements.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.platform.imports.RecordResult.Outcome;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.RecordFields;

/**
 * Agreements from research data sets, created and corrected through the rules and events of every
 * other change. A record is found again by its data set and source id: one already as the file has it
 * is left alone (nothing written, nothing published); one that differs is corrected with one
 * {@code agreement.updated.v1}, or moved on by the lifecycle step the file adds (an entry into force,
 * a termination), whose event says so. A step is never taken back: a file that no longer has it is
 * refused for that record.
 */
@ApplicationScoped
public class AgreementImports {

    private final AgreementService agreements;
    private final Lifecycle lifecycle;
    private final AgreementEvents events;
    private final Validator validator;
    private final EntityManager entityManager;

    AgreementImports(AgreementService agreements, Lifecycle lifecycle, AgreementEvents events, Validator validator,
                     EntityManager entityManager) {
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.events = events;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /**
     * Creates, corrects or leaves the agreement the record stands for, in one transaction.
     *
     * @throws RowRejected when the record contradicts what the agreement's lifecycle has recorded
     */
    @Transactional
    public Outcome importAgreement(ImportedAgreement imported) {
        AgreementInput target = BeanValidation.requireValid(validator, imported.agreement());
        Optional<Agreement> existing = Agreement.find("dataSet = ?1 AND sourceId = ?2", imported.dataSet(), imported.sourceId())
                .firstResultOptional();
        if (existing.isEmpty()) {
            Agreement created = agreements.record(target, imported.dataSet(), imported.sourceId(), imported.sourceValues());
            if (imported.termination() != null) {
                terminate(created, imported.termination());
            }
            entityManager.flush();
            return Outcome.CREATED;
        }
        return correct(existing.get(), target, imported);
    }

    private Outcome correct(Agreement agreement, AgreementInput target, ImportedAgreement imported) {
        boolean entersIntoForce = agreement.enteredIntoForce == null && target.enteredIntoForce() != null;
        ImportedAgreement.Termination termination = imported.termination();
        boolean terminates = agreement.terminated == null && termination != null;
        refuseTakingBack(agreement, target, termination);
        AgreementInput fields = entersIntoForce ? target.withoutEntryIntoForce() : target;
        List<String> changed = new ArrayList<>(RecordFields.changed(AgreementInput.of(agreement), fields));
        if (!Objects.equals(agreement.sourceValues, imported.sourceValues())) {
            changed.add("sourceValues");
        }
        boolean terminationCorrected = agreement.terminated != null && termination != null
                && !(termination.date().equals(agreement.terminated) && termination.precision() == agreement.terminatedPrecision
                     && termination.reason().equals(agreement.statusReason));
        if (terminationCorrected) {
            changed.add("terminated");
        }
        if (changed.isEmpty() && !entersIntoForce && !terminates) {
            return Outcome.UNCHANGED;
        }
        if (!changed.isEmpty()) {
            if (changed.contains("parties")) {
                throw new RowRejected("parties changed: the parties differ from those of the agreement imported from it before ("
                        + String.join(", ", agreement.parties()) + "); the parties of a signed agreement do not change:"
                        + " delete the agreement and import again");
            }
            agreements.checkRules(fields);
            fields.applyTo(agreement);
            agreement.sourceValues = imported.sourceValues();
            if (terminationCorrected) {
                agreement.terminated = termination.date();
                agreement.terminatedPrecision = termination.precision();
                agreement.statusReason = termination.reason();
            }
            agreement.updatedAt = lifecycle.now();
            events.publish(agreement, "agreement.updated.v1", changed);
        }
        if (entersIntoForce) {
            lifecycle.recordEntryIntoForce(agreement, target.enteredIntoForce(), target.enteredIntoForcePrecision(), null, false);
        }
        if (terminates) {
            terminate(agreement, termination);
        }
        entityManager.flush();
        return Outcome.UPDATED;
    }

    /** A lifecycle step is not undone by a file that no longer has it. */
    private static void refuseTakingBack(Agreement agreement, AgreementInput target, ImportedAgreement.Termination termination) {
        if (agreement.enteredIntoForce != null && target.enteredIntoForce() == null) {
            throw new RowRejected("no entry into force any more: the agreement imported from it before entered into force in "
                    + agreement.enteredIntoForcePrecision.format(agreement.enteredIntoForce) + ", and a lifecycle step is not"
                    + " taken back; delete the agreement and import again to record it without");
        }
        if (agreement.terminated != null && termination == null) {
            throw new RowRejected("no termination any more: the agreement imported from it before is " + agreement.status
                    + " since " + agreement.terminatedPrecision.format(agreement.terminated) + ", and a lifecycle step is not"
                    + " taken back; delete the agreement and import again to record it without");
        }
        if (termination != null && agreement.terminated == null && !agreement.status.allowedOperations().contains("terminate")) {
            throw new RowRejected("termination not possible: the agreement imported from it before is " + agreement.status
                    + ", which no termination follows");
        }
    }

    private void terminate(Agreement agreement, ImportedAgreement.Termination termination) {
        lifecycle.recordTermination(agreement, termination.date(), termination.precision(), termination.reason());
    }
}
