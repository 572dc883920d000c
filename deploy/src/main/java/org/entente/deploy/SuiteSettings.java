package org.entente.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the local suite runs and where, from command-line flags and environment variables.
 *
 * @param repository  the checkout, where the services' builds are
 * @param dataDir     where data, keys, tokens, logs and pid files live ({@code --data-dir}, {@code ENTENTE_DATA_DIR})
 * @param infraOnly   start only PostgreSQL, Kafka and MongoDB (for {@code quarkus:dev}) ({@code --infra-only})
 * @param bindHost    the address every server listens on ({@code ENTENTE_BIND_HOST}, default loopback)
 * @param externalPostgres a JDBC URL of an external server's maintenance database ({@code PG_URL})
 * @param externalKafka    bootstrap servers of an external Kafka ({@code KAFKA_BOOTSTRAP_SERVERS})
 * @param externalMongo    connection string of an external MongoDB ({@code MONGODB_URI})
 * @param serviceJavaOptions JVM options for each service process ({@code ENTENTE_JAVA_OPTS})
 * @param instances   processes per service behind the gateway ({@code --instances}, {@code ENTENTE_INSTANCES}, default 1)
 * @param importDirectory a directory of research data set files to import once the suite is up ({@code --import})
 */
public record SuiteSettings(
        Path repository,
        Path dataDir,
        boolean infraOnly,
        String bindHost,
        Ports ports,
        Optional<String> externalPostgres,
        String postgresUser,
        String postgresPassword,
        Optional<String> externalKafka,
        Optional<String> externalMongo,
        String serviceJavaOptions,
        int instances,
        Optional<Path> importDirectory) {

    /** Processes per service the launcher accepts; each takes about 250 MB. */
    public static final int MAX_INSTANCES = 4;

    /** Ports of the local suite; 0 means any free one (tests). */
    public record Ports(int gateway, int alliance, int agreement, int exercise, int postgres, int kafka, int mongo) {

        public static Ports defaults() {
            return new Ports(8080, 8081, 8082, 8083, 5432, 9092, 27017);
        }

        public static Ports anyFree() {
            return new Ports(0, 0, 0, 0, 0, 0, 0);
        }

        static Ports from(Map<String, String> env) {
            Ports d = defaults();
            return new Ports(
                    port(env, "ENTENTE_GATEWAY_PORT", d.gateway()),
                    port(env, "ENTENTE_ALLIANCE_PORT", d.alliance()),
                    port(env, "ENTENTE_AGREEMENT_PORT", d.agreement()),
                    port(env, "ENTENTE_EXERCISE_PORT", d.exercise()),
                    port(env, "ENTENTE_PG_PORT", d.postgres()),
                    port(env, "ENTENTE_KAFKA_PORT", d.kafka()),
                    port(env, "ENTENTE_MONGO_PORT", d.mongo()));
        }

        private static int port(Map<String, String> env, String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new SuiteException(name + "=" + value + " is not a port number (0-65535)");
            }
        }
    }

    public static final String DEFAULT_JAVA_OPTIONS = "-Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    public static SuiteSettings from(String[] args, Map<String, String> env) {
        Path repository = findRepository(Path.of("").toAbsolutePath());
        Path dataDir = repository.resolve("data");
        if (env.get("ENTENTE_DATA_DIR") != null && !env.get("ENTENTE_DATA_DIR").isBlank()) {
            dataDir = Path.of(env.get("ENTENTE_DATA_DIR"));
        }
        boolean infraOnly = false;
        Optional<Path> importDirectory = Optional.empty();
        String instances = env.getOrDefault("ENTENTE_INSTANCES", "1");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--instances" -> {
                    if (i + 1 >= args.length) {
                        throw new SuiteException("--instances needs a number (1-" + MAX_INSTANCES + ")");
                    }
                    instances = args[++i];
                }
                case "--data-dir" -> {
                    if (i + 1 >= args.length) {
                        throw new SuiteException("--data-dir needs a directory");
                    }
                    dataDir = Path.of(args[++i]);
                }
                case "--infra-only" -> infraOnly = true;
                case "--import" -> {
                    if (i + 1 >= args.length) {
                        throw new SuiteException("--import needs a directory holding the data set files");
                    }
                    importDirectory = Optional.of(Path.of(args[++i]).toAbsolutePath().normalize());
                }
                default -> throw new SuiteException("Unknown option " + args[i]
                        + "; options: --data-dir <dir>, --infra-only, --instances <1-" + MAX_INSTANCES + ">, --import <dir>");
            }
        }
        return new SuiteSettings(repository, dataDir.toAbsolutePath().normalize(), infraOnly,
                env.getOrDefault("ENTENTE_BIND_HOST", "127.0.0.1"), Ports.from(env),
                setting(env, "PG_URL"), env.getOrDefault("PG_USER", "postgres"),
                env.getOrDefault("PG_PASSWORD", "postgres"),
                setting(env, "KAFKA_BOOTSTRAP_SERVERS"), setting(env, "MONGODB_URI"),
                setting(env, "ENTENTE_JAVA_OPTS").orElse(DEFAULT_JAVA_OPTIONS), instances(instances), importDirectory);
    }

    private static int instances(String value) {
        try {
            int instances = Integer.parseInt(value.trim());
            if (instances >= 1 && instances <= MAX_INSTANCES) {
                return instances;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new SuiteException("--instances / ENTENTE_INSTANCES=" + value + " is not a number from 1 to " + MAX_INSTANCES);
    }

    /** The checkout that holds the modules, found upwards from {@code start}. */
    public static Path findRepository(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("gateway"))
                    && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new SuiteException("Run the launcher from inside the Entente checkout (no mvnw and gateway/ above "
                + start + ")");
    }

    private static Optional<String> setting(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
