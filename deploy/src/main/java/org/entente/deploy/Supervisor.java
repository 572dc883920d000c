package org.entente.deploy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Restarts a service process that died, as an orchestrator would: after 1 s, then twice as long after
 * each death in a row up to 30 s; a process that had run a minute starts the count again. Each death,
 * restart and return to readiness is said on the launcher's output.
 */
final class Supervisor implements AutoCloseable {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofMinutes(1);
    private static final Duration READY_POLL = Duration.ofMillis(500);
    private static final Duration READY_PATIENCE = Duration.ofMinutes(3);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "entente-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> deathsInARow = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /** Watches the service's current process from now on. */
    void watch(ServiceProcess service) {
        service.exit().thenAccept(exitCode -> {
            if (!stopping) {
                died(service, exitCode);
            }
        });
    }

    /** The delay before the n-th restart in a row (n from 1). */
    static Duration delayBefore(int restart) {
        long seconds = FIRST_DELAY.toSeconds() << Math.min(restart - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    private void died(ServiceProcess service, int exitCode) {
        int n = service.uptime().compareTo(STABLE_AFTER) >= 0 ? 1 : deathsInARow.merge(service.name(), 1, Integer::sum);
        deathsInARow.put(service.name(), n);
        Duration delay = delayBefore(n);
        say("%s stopped unexpectedly (exit code %d); restarting it in %d s (restart %d in a row; log: data/logs/%s.log)",
                service.name(), exitCode, delay.toSeconds(), n, service.name());
        scheduler.schedule(() -> restart(service), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ServiceProcess service) {
        if (stopping) {
            return;
        }
        try {
            if (!service.restart()) {
                return;
            }
        } catch (RuntimeException e) {
            say("%s could not be restarted: %s", service.name(), e.getMessage());
            return;
        }
        say("%s restarted, pid %d", service.name(), service.pid());
        watch(service);
        awaitReady(service, System.nanoTime() + READY_PATIENCE.toNanos(), service.pid());
    }

    private void awaitReady(ServiceProcess service, long deadline, long pid) {
        if (stopping || service.pid() != pid) {
            return; // stopping, or it died again (its death is reported)
        }
        if (service.isReady()) {
            say("%s is ready again", service.name());
        } else if (System.nanoTime() < deadline) {
            scheduler.schedule(() -> awaitReady(service, deadline, pid), READY_POLL.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            say("%s is still not ready %d s after its restart", service.name(), READY_PATIENCE.toSeconds());
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " entente: " + String.format(format, args));
    }

    /** No restart from now on: the suite is stopping. */
    @Override
    public void close() {
        stopping = true;
        scheduler.shutdownNow();
    }
}
