package org.entente.platform.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "entente.imports")
public interface ImportConfig {

    /** The largest file an import takes (the data sets are a few MB). */
    @WithDefault("64M")
    MemorySize maxFileSize();

    /** How often a running job saves its progress (what GET on the job shows). */
    @WithDefault("1s")
    Duration progressEvery();

    /** A running job that saved no progress for this long was left by a stopped process. */
    @WithDefault("2m")
    Duration abandonedAfter();

    /** Where uploads wait while they are imported; the system's temporary directory by default. */
    java.util.Optional<java.nio.file.Path> spoolDirectory();
}
