package org.entente.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.platform.changes.ChangeLog;
import org.entente.platform.changes.StoredChange;

/**
 * The change log of a PostgreSQL service: its outbox events, in feed order. The relay gives each
 * committed event its feed position ({@link #sequenceWaiting}); cleanup deletes old ones and moves
 * the horizon ({@link #deleteSentBefore}).
 */
@ApplicationScoped
public class OutboxChanges implements ChangeLog {

    /** The highest feed position given: the last in the table, or the horizon when cleanup left none. */
    private static final String HEAD = "SELECT GREATEST(COALESCE((SELECT MAX(feed_position) FROM outbox_event), 0),"
            + " (SELECT deleted_up_to FROM outbox_feed_horizon)) AS head";

    private final EntityManager entityManager;

    OutboxChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long head() {
        return ((Number) entityManager.createNativeQuery(HEAD).getSingleResult()).longValue();
    }

    @Override
    public long horizon() {
        return ((Number) entityManager.createNativeQuery("SELECT deleted_up_to FROM outbox_feed_horizon").getSingleResult())
                .longValue();
    }

    @Override
    public List<StoredChange> after(long position, int limit) {
        List<Tuple> rows = entityManager.createNativeQuery("SELECT feed_position, aggregate_id, type, occurred_at, payload"
                        + " FROM outbox_event WHERE feed_position > ?1 ORDER BY feed_position", Tuple.class)
                .setParameter(1, position).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new StoredChange(r.get(0, Number.class).longValue(), r.get(1, String.class),
                r.get(2, String.class), instant(r.get(3)), r.get(4, String.class))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    /**
     * Gives the committed events without a feed position theirs, in write order, at most {@code max};
     * returns how many. Callers hold the relay lock, so one transaction at a time gives positions
     * and each gets them above every position committed before it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int sequenceWaiting(int max) {
        @SuppressWarnings("unchecked")
        List<Number> waiting = entityManager.createNativeQuery("SELECT position FROM outbox_event WHERE feed_position IS NULL"
                + " ORDER BY position").setMaxResults(max).getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        entityManager.createNativeQuery("UPDATE outbox_event o SET feed_position = h.head + w.rn"
                        + " FROM (SELECT position, row_number() OVER (ORDER BY position) AS rn FROM outbox_event"
                        + " WHERE position IN (?1)) w, (" + HEAD + ") h WHERE o.position = w.position")
                .setParameter(1, waiting.stream().map(Number::longValue).toList()).executeUpdate();
        return waiting.size();
    }

    /**
     * Deletes the sent events older than {@code cutoff} that have their feed position, and moves the
     * horizon to the highest of those positions; returns how many were deleted. Unsent events stay.
     */
    @Transactional
    public long deleteSentBefore(Instant cutoff) {
        Number upTo = (Number) entityManager.createNativeQuery("SELECT MAX(feed_position) FROM outbox_event"
                + " WHERE sent_at IS NOT NULL AND sent_at < ?1").setParameter(1, cutoff).getSingleResult();
        if (upTo == null) {
            return 0;
        }
        int deleted = entityManager.createNativeQuery("DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ?1"
                + " AND feed_position <= ?2").setParameter(1, cutoff).setParameter(2, upTo.longValue()).executeUpdate();
        entityManager.createNativeQuery("UPDATE outbox_feed_horizon SET deleted_up_to = GREATEST(deleted_up_to, ?1)")
                .setParameter(1, upTo.longValue()).executeUpdate();
        return deleted;
    }
}
