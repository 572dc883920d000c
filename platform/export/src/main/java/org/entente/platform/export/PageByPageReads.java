package org.entente.platform.export;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/**
 * Exports read page by page, each page a read of its own (MongoDB): records changed meanwhile may
 * show in their new state, but the keyset walk neither repeats nor skips one that stays.
 */
@DefaultBean
@ApplicationScoped
public class PageByPageReads implements ExportReads {

    @Override
    public void during(Export export) throws IOException {
        export.write();
    }
}
