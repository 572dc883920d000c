package org.entente.agreements.agreement;

import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How many history steps each agreement touched in this transaction has, and the day of its latest:
 * read once per agreement and transaction, then kept as steps are added. Reading them again for
 * every step (an import adds up to four to a new agreement) cost two queries and a flush each.
 */
@TransactionScoped
class StepsSoFar {

    record Steps(int count, LocalDate last) {
    }

    private final Map<UUID, Steps> known = new HashMap<>();

    Steps of(UUID agreementId) {
        return known.computeIfAbsent(agreementId, id -> {
            // every step is recorded through this bean, so none is left unflushed that this query would miss
            Object[] row = StatusChange.getEntityManager()
                    .createQuery("SELECT COUNT(s), MAX(s.effectiveOn) FROM StatusChange s WHERE s.agreementId = :id", Object[].class)
                    .setParameter("id", id).setFlushMode(FlushModeType.COMMIT).getSingleResult();
            return new Steps(((Number) row[0]).intValue(), (LocalDate) row[1]);
        });
    }

    void added(UUID agreementId, LocalDate on) {
        Steps before = of(agreementId);
        LocalDate last = on != null && (before.last() == null || on.isAfter(before.last())) ? on : before.last(); // as MAX does
        known.put(agreementId, new Steps(before.count() + 1, last));
    }
}
