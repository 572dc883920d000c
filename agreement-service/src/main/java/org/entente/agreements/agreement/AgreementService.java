package org.entente.agreements.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.entente.platform.imports.Provenance;
import org.entente.platform.jpa.KeysetPager;
import org.entente.platform.jpa.SortField;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.ProblemTypes;
import org.entente.platform.rest.RecordFields;
import org.entente.platform.rest.SortOrder;

/** Agreements: every change in one transaction with its history step and its events. */
@ApplicationScoped
public class AgreementService {

    static final KeysetPager<Agreement> PAGER = new KeysetPager<>(Agreement.class, Map.of(
            "title", SortField.text("title", a -> a.title),
            "signed", SortField.dateOrLast("signed", a -> a.signed),
            "enteredIntoForce", SortField.dateOrLast("enteredIntoForce", a -> a.enteredIntoForce),
            "expires", SortField.dateOrLast("expires", a -> a.expires)),
            SortField.id(a -> a.id));

    private final Lifecycle lifecycle;
    private final AgreementEvents events;
    private final ObjectMapper json;
    private final Validator validator;
    private final EntityManager entityManager;

    AgreementService(Lifecycle lifecycle, AgreementEvents events, ObjectMapper json, Validator validator,
                     EntityManager entityManager) {
        this.lifecycle = lifecycle;
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    public Agreement get(String id) {
        try {
            return Agreement.<Agreement>findByIdOptional(UUID.fromString(id)).orElseThrow(() -> notFound(id));
        } catch (IllegalArgumentException notAUuid) {
            throw notFound(id);
        }
    }

    public Page<AgreementView> list(AgreementFilter filter, SortOrder order, String after, int limit) {
        return PAGER.page(entityManager, filter.jpql(), filter.parameters(), order, after, limit, AgreementView::of);
    }

    /** Every agreement the country is a party to, from the source if one is given (a data set, or curated), oldest signature first. */
    public List<Agreement> ofCountry(String country, Optional<String> source) {
        Map<String, Object> parameters = new HashMap<>(Map.of("country", country));
        String condition = source.map(s -> {
            if (!s.equals(Provenance.CURATED)) {
                parameters.put("source", s);
            }
            return " AND " + DataSets.condition(s, "source");
        }).orElse("");
        return Agreement.find("FROM Agreement e WHERE (e.partyA = :country OR e.partyB = :country)" + condition
                + " ORDER BY e.signed NULLS LAST, e.title, e.id", parameters).list();
    }

    public List<StatusChangeView> history(String id) {
        Agreement agreement = get(id);
        return StatusChange.<StatusChange>list("agreementId = ?1 ORDER BY position", agreement.id).stream()
                .map(StatusChangeView::of).toList();
    }

    /**
     * Proposes an agreement, or records one that is already signed or in force: the history then
     * holds each step with its day, and each step's event is published in order.
     */
    @Transactional
    public Agreement create(AgreementInput input) {
        return record(input, null, null, null);
    }

    /**
     * Records an agreement as {@link #create} does; one imported from a data set ({@code dataSet} not
     * null) carries its provenance and source values from its first event on, and derives no expiry
     * from its initial term: the data set says by itself whether it ended.
     */
    Agreement record(AgreementInput input, String dataSet, String sourceId, Map<String, String> sourceValues) {
        checkRules(input);
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        input.applyTo(agreement);
        agreement.signed = null;
        agreement.signedPrecision = null;
        agreement.enteredIntoForce = null;
        agreement.enteredIntoForcePrecision = null;
        agreement.dataSet = dataSet;
        agreement.sourceId = sourceId;
        agreement.sourceValues = sourceValues;
        agreement.createdAt = now();
        agreement.updatedAt = agreement.createdAt;
        agreement.persist();
        List<String> proposed = RecordFields.set(input);
        // those come with their own steps
        proposed.removeAll(List.of("signed", "signedPrecision", "enteredIntoForce", "enteredIntoForcePrecision"));
        if (dataSet != null) {
            proposed.add("provenance");
            if (sourceValues != null && !sourceValues.isEmpty()) {
                proposed.add("sourceValues");
            }
        }
        lifecycle.recordProposal(agreement, input.signed() == null ? lifecycle.today() : null, proposed);
        if (input.signed() != null) {
            lifecycle.recordSigning(agreement, input.signed(), input.signedPrecision());
        }
        if (input.enteredIntoForce() != null) {
            lifecycle.recordEntryIntoForce(agreement, input.enteredIntoForce(), input.enteredIntoForcePrecision(),
                    input.expires(), dataSet == null);
        }
        entityManager.flush(); // the version is assigned: the ETag carries the committed state
        return agreement;
    }

    @Transactional
    public Agreement patch(String id, String ifMatch, String patch) throws JsonProcessingException {
        Agreement agreement = get(id);
        ETags.requireMatch(ifMatch, agreement.version);
        AgreementInput before = AgreementInput.of(agreement);
        AgreementInput after = BeanValidation.requireValid(validator,
                MergePatch.apply(json, before, patch, AgreementInput.class));
        List<String> changed = RecordFields.changed(before, after);
        if (changed.isEmpty()) {
            return agreement;
        }
        checkPatchKeepsTheLifecycle(agreement, changed, after);
        checkRules(after);
        after.applyTo(agreement);
        agreement.updatedAt = now();
        events.publish(agreement, "agreement.updated.v1", changed);
        lifecycle.catchUp(agreement); // a new expiry may already have come
        entityManager.flush();
        return agreement;
    }

    /** Runs a lifecycle operation ({@link Lifecycle}) on the agreement as last read by the client. */
    @Transactional
    public Agreement operate(String id, String ifMatch, BiConsumer<Lifecycle, Agreement> operation) {
        Agreement agreement = get(id);
        ETags.requireMatch(ifMatch, agreement.version);
        operation.accept(lifecycle, agreement);
        entityManager.flush();
        return agreement;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Agreement agreement = get(id);
        ETags.requireMatch(ifMatch, agreement.version);
        AgreementView last = AgreementView.of(agreement);
        agreement.delete();
        events.publish(agreement, "agreement.deleted.v1", new AgreementChanged(last, List.of()));
    }

    /** The rules between fields that Bean Validation cannot see, each error naming its field. */
    void checkRules(AgreementInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.parties().get(0).equals(input.parties().get(1))) {
            errors.add(new Problem.FieldError("parties", "the two parties must be different countries"));
        }
        checkPrecision(errors, "signed", input.signed(), input.signedPrecision());
        checkPrecision(errors, "enteredIntoForce", input.enteredIntoForce(), input.enteredIntoForcePrecision());
        LocalDate today = lifecycle.today();
        if (input.signed() != null && input.signed().isAfter(today)) {
            errors.add(new Problem.FieldError("signed", "in the future; sign the agreement once it is signed"));
        }
        if (input.enteredIntoForce() != null) {
            if (input.signed() == null) {
                errors.add(new Problem.FieldError("enteredIntoForce",
                        "an agreement enters into force after it is signed; give `signed` too"));
            } else if (input.enteredIntoForcePrecision().last(input.enteredIntoForce()).isBefore(input.signed())) {
                errors.add(new Problem.FieldError("enteredIntoForce", "before the signing on "
                        + input.signedPrecision().format(input.signed())));
            }
            if (input.enteredIntoForce().isAfter(today)) {
                errors.add(new Problem.FieldError("enteredIntoForce", "in the future; record it once it has happened"));
            }
        }
        if (input.expires() != null) {
            LocalDate start = input.enteredIntoForce() != null ? input.enteredIntoForce() : input.signed();
            if (start != null && !input.expires().isAfter(start)) {
                errors.add(new Problem.FieldError("expires", "must be after the "
                        + (input.enteredIntoForce() != null ? "entry into force on " : "signing on ") + start));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }

    /** A date known to the month or year is its period's first day; a precision goes with a date. */
    private static void checkPrecision(List<Problem.FieldError> errors, String field, LocalDate date, DatePrecision precision) {
        if (date == null) {
            if (precision != null) {
                errors.add(new Problem.FieldError(field + "Precision", "says how much of `" + field + "` is known; give `"
                        + field + "` too"));
            }
        } else if (!precision.first(date).equals(date)) {
            errors.add(new Problem.FieldError(field, "known to the " + precision.name().toLowerCase() + ", so given as its first day, "
                    + precision.first(date) + ", not " + date));
        }
    }

    /** A patch edits an agreement's record; it cannot skip or undo a lifecycle step. */
    private static void checkPatchKeepsTheLifecycle(Agreement agreement, List<String> changed, AgreementInput after) {
        if (changed.contains("parties") && agreement.status.isSigned()) {
            throw new ProblemException(409, "parties: the parties of a signed agreement do not change (it is "
                    + agreement.status + ")");
        }
        if (changed.contains("signed")) {
            if (agreement.signed == null) {
                throw ProblemException.invalidField("signed", "set by the sign operation");
            }
            if (after.signed() == null) {
                throw ProblemException.invalidField("signed", "a signed agreement keeps a signing date; correct it instead");
            }
        }
        if (changed.contains("enteredIntoForce")) {
            if (agreement.enteredIntoForce == null) {
                throw ProblemException.invalidField("enteredIntoForce", "set by the enter-into-force operation");
            }
            if (after.enteredIntoForce() == null) {
                throw ProblemException.invalidField("enteredIntoForce",
                        "an agreement that entered into force keeps that date; correct it instead");
            }
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(404, "No agreement with id \"" + id + "\"");
    }

    private Instant now() {
        return lifecycle.now();
    }
}
