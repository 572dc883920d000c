package org.entente.platform.changes;

import java.util.List;

/**
 * Where a store keeps its changes in feed order. Positions are given to changes in the order they
 * were committed, by one writer at a time, so a reader that has seen position {@code p} will never
 * later find a change below {@code p} that it missed.
 */
public interface ChangeLog {

    /** The highest position given so far (or the horizon, when the log is empty). */
    long head();

    /** Every change at or below this position may have been deleted by retention: the oldest cursor still served. */
    long horizon();

    /** At most {@code limit} changes above {@code position}, in feed order. */
    List<StoredChange> after(long position, int limit);
}
