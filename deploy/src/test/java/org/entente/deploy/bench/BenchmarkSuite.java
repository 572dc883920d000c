package org.entente.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.entente.deploy.LocalSuite;
import org.entente.deploy.SuiteSettings;

/** The fresh local suite every benchmark measures: free ports, one instance each, a data directory of its own. */
final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    static LocalSuite start(String javaOptions) throws IOException {
        Path data = Files.createTempDirectory("entente-bench-");
        return LocalSuite.start(new SuiteSettings(SuiteSettings.findRepository(Path.of("").toAbsolutePath()), data,
                false, "127.0.0.1", SuiteSettings.Ports.anyFree(), Optional.empty(), "postgres", "postgres",
                Optional.empty(), Optional.empty(), javaOptions, 1, Optional.empty()));
    }

    static LocalSuite start() throws IOException {
        return start(SuiteSettings.DEFAULT_JAVA_OPTIONS);
    }

    /** The directory of the research data set files, {@code -Ddata=DIR}; exits with a word on how to name it. */
    static Path researchData() {
        String dir = System.getProperty("data");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            System.err.println("Name the directory holding atop5_1m.csv, DCAD-v1.0-main.csv and mme_v7.csv: -Ddata=DIR");
            System.exit(2);
        }
        return Path.of(dir);
    }
}
