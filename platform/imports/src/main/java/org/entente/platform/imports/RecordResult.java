package org.entente.platform.imports;

import java.util.List;

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

    public RecordResult withRejected(List<RejectedRow> rows) {
        return new RecordResult(outcome, List.copyOf(rows));
    }
}
