package org.entente.platform.export;

import java.io.IOException;

/**
 * How a service's store is read during an export. The default reads page after page as the listing
 * does; a store that can should read all of it from one snapshot (export-jpa on PostgreSQL).
 */
public interface ExportReads {

    /** Writes a whole export: every page it reads is read within this. */
    void during(Export export) throws IOException;

    /** Called after each chunk is written, to let go of what reading it holds. */
    default void chunkWritten() {
    }

    @FunctionalInterface
    interface Export {
        void write() throws IOException;
    }
}
