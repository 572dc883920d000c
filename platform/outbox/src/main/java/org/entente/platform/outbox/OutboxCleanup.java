package org.entente.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.entente.platform.relay.OutboxConfig;

/** Deletes sent events once they are older than {@code entente.outbox.retention}, the change feed's retention too. */
@ApplicationScoped
public class OutboxCleanup {

    private final OutboxConfig config;
    private final OutboxChanges changes;

    OutboxCleanup(OutboxConfig config, OutboxChanges changes) {
        this.config = config;
        this.changes = changes;
    }

    @Scheduled(every = "${entente.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        deleteSentBefore(Instant.now().minus(config.retention()));
    }

    /**
     * Returns how many sent events were deleted; unsent ones are never deleted, and the change feed
     * learns that cursors before them are too old.
     */
    public long deleteSentBefore(Instant cutoff) {
        return changes.deleteSentBefore(cutoff);
    }
}
