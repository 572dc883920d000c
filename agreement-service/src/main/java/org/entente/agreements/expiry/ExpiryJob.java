package org.entente.agreements.expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.agreement.Lifecycle;
import org.jboss.logging.Logger;

/**
 * Lets time act on agreements: renews those whose expiry has come and that renew automatically,
 * and expires the others ({@link Lifecycle#catchUp}). Runs at start and then periodically.
 *
 * <p>Several instances: each batch runs in a transaction that first takes a PostgreSQL advisory
 * lock, so one instance works while the others skip; and the work is idempotent (an agreement
 * caught up is not picked again), so a repeated or overlapping run changes nothing.
 */
@ApplicationScoped
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class);
    /** The advisory lock key of the job (any constant; the service has its own database). */
    private static final long LOCK = 0x6167726565787069L; // "agreexpi"
    private static final int BATCH = 100;

    private final Lifecycle lifecycle;
    private final EntityManager entityManager;

    private final Counter runs;
    private final Counter changedAgreements;

    ExpiryJob(Lifecycle lifecycle, EntityManager entityManager, MeterRegistry registry) {
        this.lifecycle = lifecycle;
        this.entityManager = entityManager;
        this.runs = Counter.builder("entente.agreement.expiry.runs").description("Runs of the agreement expiry job").register(registry);
        this.changedAgreements = Counter.builder("entente.agreement.expiry.changed.agreements")
                .description("Agreements the expiry job renewed or expired").register(registry);
    }

    @Scheduled(identity = "agreement-expiry", every = "${entente.agreements.expiry-check.every}",
            delayed = "${entente.agreements.expiry-check.delayed}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int changed = run();
        runs.increment();
        changedAgreements.increment(changed);
        if (changed > 0) {
            LOG.infof("Renewed or expired %d agreements whose expiry had come", changed);
        }
    }

    /** Catches up every running agreement whose expiry has come by the service's clock; the number changed. */
    public int run() {
        int total = 0;
        while (true) {
            Integer changed = QuarkusTransaction.requiringNew().call(this::batch);
            if (changed == null) {
                return total; // another instance holds the lock: it does the work
            }
            total += changed;
            if (changed < BATCH) {
                return total;
            }
        }
    }

    private Integer batch() {
        Object locked = entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return null;
        }
        LocalDate today = lifecycle.today();
        List<Agreement> due = Agreement.find("status IN ?1 AND expires <= ?2 ORDER BY expires, id",
                List.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED), today).page(0, BATCH).list();
        int changed = 0;
        for (Agreement agreement : due) {
            if (lifecycle.catchUp(agreement)) {
                changed++;
            }
        }
        return changed;
    }
}
