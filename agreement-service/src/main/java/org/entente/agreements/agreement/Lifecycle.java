package org.entente.agreements.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.rest.ProblemException;

/**
 * The rules of an agreement's lifecycle: which operation is allowed in which status, which dates it
 * needs, the history step it records and the event it publishes. Callers hold the transaction.
 */
@ApplicationScoped
public class Lifecycle {

    private static final String SUBJECT = "an agreement";

    private final AgreementEvents events;
    private final Clock clock;
    private final StepsSoFar steps;

    Lifecycle(AgreementEvents events, Clock clock, StepsSoFar steps) {
        this.events = events;
        this.clock = clock;
        this.steps = steps;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void openNegotiation(Agreement a, TransitionInput input) {
        requireAllowed(a, "open-negotiation");
        LocalDate on = effectiveDate(a, input.date() != null ? input.date() : today(), DatePrecision.DAY);
        a.status = AgreementStatus.NEGOTIATING;
        step(a, "open-negotiation", on, DatePrecision.DAY, null, "agreement.negotiation-opened.v1", List.of("status"));
    }

    public void sign(Agreement a, TransitionInput input) {
        requireAllowed(a, "sign");
        recordSigning(a, required(input.date(), "date", "the signing date"), DatePrecision.DAY);
    }

    public void enterIntoForce(Agreement a, TransitionInput input) {
        requireAllowed(a, "enter-into-force");
        recordEntryIntoForce(a, required(input.date(), "date", "the date of entry into force"), DatePrecision.DAY,
                input.expires(), true);
    }

    public void suspend(Agreement a, TransitionInput input) {
        requireAllowed(a, "suspend");
        String reason = required(input.reason(), "reason", "why the agreement is suspended");
        LocalDate on = effectiveDate(a, input.date() != null ? input.date() : today(), DatePrecision.DAY);
        a.status = AgreementStatus.SUSPENDED;
        a.statusReason = reason;
        step(a, "suspend", on, DatePrecision.DAY, reason, "agreement.suspended.v1", List.of("status", "statusReason"));
    }

    public void resume(Agreement a, TransitionInput input) {
        requireAllowed(a, "resume");
        LocalDate on = effectiveDate(a, input.date() != null ? input.date() : today(), DatePrecision.DAY);
        a.status = AgreementStatus.IN_FORCE;
        a.statusReason = null;
        step(a, "resume", on, DatePrecision.DAY, input.reason(), "agreement.resumed.v1", List.of("status", "statusReason"));
    }

    public void terminate(Agreement a, TransitionInput input) {
        requireAllowed(a, "terminate");
        LocalDate date = required(input.date(), "date", "the first day the agreement is no longer in force");
        String reason = required(input.reason(), "reason", "why the agreement ends");
        recordTermination(a, date, DatePrecision.DAY, reason);
    }

    /** The proposal that opens every agreement's history; its day is unknown when the agreement is recorded later. */
    void recordProposal(Agreement a, LocalDate on, List<String> fieldsSet) {
        step(a, "propose", on, on == null ? null : DatePrecision.DAY, null, "agreement.proposed.v1", fieldsSet);
    }

    /** Signs on a day, or in a month or year ({@code date} its first day) when no more is known. */
    void recordSigning(Agreement a, LocalDate date, DatePrecision precision) {
        LocalDate on = effectiveDate(a, date, precision);
        if (a.expires != null && !a.expires.isAfter(on)) {
            throw ProblemException.invalidField("date", "the signing date " + on + " is not before the expiry " + a.expires);
        }
        a.status = AgreementStatus.SIGNED;
        a.signed = on;
        a.signedPrecision = precision;
        step(a, "sign", on, precision, null, "agreement.signed.v1", List.of("status", "signed"));
    }

    /**
     * Enters into force on a day, or in a month or year. With {@code deriveExpiry} an expiry not given
     * comes from the recorded one or the initial term ({@code durationYears}); without, there is none
     * unless given (a data set that records the end by itself).
     */
    void recordEntryIntoForce(Agreement a, LocalDate date, DatePrecision precision, LocalDate expires, boolean deriveExpiry) {
        LocalDate on = effectiveDate(a, date, precision);
        if (precision.last(on).isBefore(a.signed)) {
            throw ProblemException.invalidField("date", "the entry into force " + precision.format(on) + " is before the signing on "
                    + DatePrecision.of(a.signedPrecision).format(a.signed));
        }
        List<String> changed = new ArrayList<>(List.of("status", "enteredIntoForce"));
        LocalDate end = expires != null ? expires
                : !deriveExpiry ? null
                : a.expires != null ? a.expires
                : a.durationYears != null && precision == DatePrecision.DAY ? on.plusYears(a.durationYears) : null;
        if (end != null && !end.isAfter(on)) {
            throw ProblemException.invalidField(expires != null ? "expires" : "date",
                    "the expiry " + end + " is not after the entry into force " + on);
        }
        if (end != null && !end.equals(a.expires)) {
            changed.add("expires");
        }
        a.status = AgreementStatus.IN_FORCE;
        a.enteredIntoForce = on;
        a.enteredIntoForcePrecision = precision;
        a.expires = end;
        step(a, "enter-into-force", on, precision, null, "agreement.entered-into-force.v1", changed);
        catchUp(a);
    }

    /** Ends the agreement: {@code date} is the first day no longer in force, or the first day of the year it ended in. */
    void recordTermination(Agreement a, LocalDate date, DatePrecision precision, String reason) {
        LocalDate on = effectiveDate(a, date, precision);
        if (a.expires != null && !on.isBefore(a.expires)) {
            throw ProblemException.invalidField("date", "the agreement expires on " + a.expires
                    + "; a termination takes effect before that");
        }
        a.status = AgreementStatus.TERMINATED;
        a.terminated = on;
        a.terminatedPrecision = precision;
        a.statusReason = reason;
        step(a, "terminate", on, precision, reason, "agreement.terminated.v1", List.of("status", "terminated", "statusReason"));
    }

    /**
     * Lets time act on a running agreement: each time its expiry has come, it is renewed for its
     * renewal term, or it expires. Idempotent: once caught up, nothing happens until the next expiry.
     *
     * @return whether anything changed
     */
    public boolean catchUp(Agreement a) {
        LocalDate today = today();
        if (!a.status.isRunning() || a.expires == null || a.expires.isAfter(today)) {
            return false;
        }
        if (a.renewalYears == null) {
            a.status = AgreementStatus.EXPIRED;
            a.statusReason = null;
            step(a, "expire", a.expires, DatePrecision.DAY, null, "agreement.expired.v1", List.of("status"));
            return true;
        }
        while (!a.expires.isAfter(today)) {
            LocalDate renewedOn = a.expires;
            a.expires = renewedOn.plusYears(a.renewalYears);
            step(a, "renew", renewedOn, DatePrecision.DAY, null, "agreement.renewed.v1", List.of("expires"));
        }
        return true;
    }

    private void requireAllowed(Agreement a, String operation) {
        if (!a.status.allowedOperations().contains(operation)) {
            throw ProblemException.notAllowed(operation, SUBJECT, a.status, a.status.allowedOperations());
        }
    }

    /**
     * A step's day: not in the future, and not before the step before it. A step known to the month or
     * year ({@code on} its first day) is only before when its period ends before the previous step.
     */
    private LocalDate effectiveDate(Agreement a, LocalDate on, DatePrecision precision) {
        if (on.isAfter(today())) {
            throw ProblemException.invalidField("date", on + " is in the future; record a step once it has happened");
        }
        LocalDate last = steps.of(a.id).last();
        if (last != null && precision.last(on).isBefore(last)) {
            throw ProblemException.invalidField("date", precision.format(on) + " is before the agreement's previous step on " + last);
        }
        return on;
    }

    private static <T> T required(T value, String field, String what) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ProblemException.invalidField(field, "required: " + what);
        }
        return value;
    }

    private void step(Agreement a, String operation, LocalDate on, DatePrecision precision, String reason, String eventType,
                      List<String> changed) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.agreementId = a.id;
        change.position = steps.of(a.id).count() + 1;
        change.operation = operation;
        change.status = a.status;
        change.effectiveOn = on;
        change.effectivePrecision = precision;
        change.reason = reason;
        change.recordedAt = now();
        change.persist();
        steps.added(a.id, on);
        a.updatedAt = change.recordedAt;
        events.publish(a, eventType, changed);
    }

    /** The current instant by the service's clock, at database precision. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
