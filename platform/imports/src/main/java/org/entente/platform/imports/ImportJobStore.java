package org.entente.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a service keeps its import jobs, so that they are listed after a restart and seen by every
 * instance (PostgreSQL: module imports-jpa; MongoDB: the exercise service's own).
 */
public interface ImportJobStore {

    /**
     * Records a new running job, unless an import of the same data set is running: then a {@code 409}
     * problem. A running job that saved no progress since {@code abandonedBefore} was left by a process
     * that stopped: it is marked failed first, and this one starts.
     */
    void start(ImportJob job, Instant abandonedBefore);

    /** Writes the job's progress, or its end. */
    void save(ImportJob job);

    Optional<ImportJob> find(UUID id);

    /** The latest jobs, newest first. */
    List<ImportJob> latest(int limit);
}
