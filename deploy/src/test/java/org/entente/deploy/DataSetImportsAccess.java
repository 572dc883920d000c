package org.entente.deploy;

import java.nio.file.Path;
import java.util.List;

/** The launcher's {@link DataSetImports} for the benchmarks, which live in another package. */
public final class DataSetImportsAccess {

    public record Figures(String title, String status, long rows, long created, long rejected, double seconds) {
    }

    private DataSetImportsAccess() {
    }

    public static List<Figures> importAll(String gateway, String adminToken, Path directory) {
        return new DataSetImports(gateway, adminToken, System.out).importAll(directory).stream()
                .map(o -> new Figures(o.file().title(), o.status(), o.rows(), o.created(), o.rejected(), o.seconds())).toList();
    }

}
