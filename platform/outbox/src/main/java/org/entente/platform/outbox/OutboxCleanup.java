package org.entente.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.entente.platform.relay.OutboxConfig;

/** Deletes sent events once they are older than {@code entente.outbox.retention}. */
@ApplicationScoped
public class OutboxCleanup {

    private final OutboxConfig config;

    OutboxCleanup(OutboxConfig config) {
        this.config = config;
    }

    @Scheduled(every = "${entente.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() {
        deleteSentBefore(Instant.now().minus(config.retention()));
    }

    /** Returns how many sent events were deleted; unsent ones are never deleted. */
    @Transactional
    public long deleteSentBefore(Instant cutoff) {
        return OutboxEvent.delete("sentAt IS NOT NULL AND sentAt < ?1", cutoff);
    }
}
