package org.entente.platform.imports;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.platform.rest.ProblemException;

/**
 * What importing one record (from its rows) did: created, updated or left it unchanged, and which
 * of its rows were rejected. A record whose rows were all rejected has no outcome.
 */
public record RecordResult(Outcome outcome, List<RejectedRow> rejected) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    public static RecordResult of(Outcome outcome) {
        return new RecordResult(outcome, List.of());
    }

    public static RecordResult allRejected(List<RejectedRow> rejected) {
        return new RecordResult(null, List.copyOf(rejected));
    }

    /**
     * What {@code importing} the record did, or, when the record is refused (a {@link RowRejected}, the
     * service's rules as a {@link ProblemException} or a {@link ConstraintViolationException}), every
     * row of it rejected with the reason. Any other exception is not a refusal and goes on.
     */
    public static RecordResult unlessRefused(SourceRecord record, Supplier<RecordResult> importing) {
        try {
            return importing.get();
        } catch (RowRejected | ProblemException | ConstraintViolationException e) {
            return refused(record, e);
        }
    }

    /** Every row of the record rejected with the reason of its refusal. */
    public static RecordResult refused(SourceRecord record, RuntimeException refusal) {
        String reason = reasonOf(refusal);
        return allRejected(record.rows().stream().map(row -> row.rejected(record.key(), reason)).toList());
    }

    /** The reason a refusal gives a person: its message, or the service's rules each violation names. */
    public static String reasonOf(RuntimeException refusal) {
        return refusal instanceof ConstraintViolationException violations
                ? "refused by the service's rules: " + violations.getConstraintViolations().stream()
                        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                        .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).collect(Collectors.joining("; "))
                : refusal.getMessage();
    }

    public RecordResult withRejected(List<RejectedRow> rows) {
        return new RecordResult(outcome, List.copyOf(rows));
    }
}
