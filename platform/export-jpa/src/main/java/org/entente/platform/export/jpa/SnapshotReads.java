package org.entente.platform.export.jpa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.export.ExportReads;

/**
 * An export reads one consistent snapshot of PostgreSQL: all its pages in one read-only
 * {@code REPEATABLE READ} transaction, so a write committed meanwhile is in none of them or, for a
 * record already written, in no later page either. The persistence context is cleared after each
 * chunk, so the entities read do not pile up.
 */
@ApplicationScoped
public class SnapshotReads implements ExportReads {

    private final EntityManager entityManager;
    private final Duration timeout;

    SnapshotReads(EntityManager entityManager, @ConfigProperty(name = "entente.export.snapshot-timeout") Duration timeout) {
        this.entityManager = entityManager;
        this.timeout = timeout;
    }

    @Override
    public void during(Export export) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).run(() -> {
                // the first statement of the transaction, as PostgreSQL requires
                entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
                try {
                    export.write();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void chunkWritten() {
        entityManager.clear();
    }
}
