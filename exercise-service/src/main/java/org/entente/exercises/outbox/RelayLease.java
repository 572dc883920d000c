package org.entente.exercises.outbox;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.jboss.logging.Logger;

/**
 * Which instance relays: the one holding this lease document, renewed by a batch once half of it has run; another takes
 * over once it has expired. A holder is named by its host and port, so a relay restarted after a
 * crash takes its own lease back at once instead of waiting for it to expire.
 *
 * <p>Hand-written because the MongoDB driver has no lock and there are no transactions to lean on:
 * the lease is read, then replaced only if it is still what was read (compare-and-set on one
 * document, atomic on any MongoDB). A lease someone else holds is seen, not collided with.
 */
final class RelayLease {

    private static final Logger LOG = Logger.getLogger(RelayLease.class);

    private final MongoCollection<Document> leases;
    private final String name;
    private final String holder;
    private final Duration time;
    private final Clock clock;
    private Boolean holding; // null until the first attempt

    RelayLease(MongoCollection<Document> leases, String name, String holder, Duration time, Clock clock) {
        this.leases = leases;
        this.name = name;
        this.holder = holder;
        this.time = time;
        this.clock = clock;
    }

    /** Takes or renews the lease; false while another holder's lease runs. */
    boolean hold() {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(time));
        Document lease = leases.find(Filters.eq("_id", name)).first();
        if (lease == null) {
            try {
                leases.insertOne(new Document("_id", name).append("holder", holder).append("until", until));
                return holding(true, null);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return holding(false, null); // another instance created it a moment earlier
                }
                throw e;
            }
        }
        String current = lease.getString("holder");
        Date currentUntil = lease.getDate("until");
        if (!holder.equals(current) && currentUntil.toInstant().isAfter(now)) {
            return holding(false, lease);
        }
        if (holder.equals(current) && currentUntil.toInstant().isAfter(now.plus(time.dividedBy(2)))) {
            return holding(true, null); // renewed less than half a lease ago: a write per batch would only cost the store
        }
        boolean replaced = leases.updateOne(
                Filters.and(Filters.eq("_id", name), Filters.eq("holder", current), Filters.eq("until", currentUntil)),
                Updates.combine(Updates.set("holder", holder), Updates.set("until", until))).getModifiedCount() == 1;
        return holding(replaced, null);
    }

    /** Logs only when this instance starts or stops relaying (or first finds another relaying), not on every batch. */
    private boolean holding(boolean now, Document otherLease) {
        if (now && !Boolean.TRUE.equals(holding)) {
            LOG.infof("Outbox relay: this instance (%s) relays", holder);
        } else if (!now && !Boolean.FALSE.equals(holding)) {
            LOG.infof("Outbox relay: %s relays%s; this instance (%s) takes over if it stops renewing its lease",
                    otherLease == null ? "another instance" : otherLease.getString("holder"),
                    otherLease == null ? "" : " until " + otherLease.getDate("until").toInstant(), holder);
        }
        holding = now;
        return now;
    }
}
