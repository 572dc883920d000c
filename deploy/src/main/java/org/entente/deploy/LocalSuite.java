package org.entente.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entente.platform.infra.EmbeddedKafkaBroker;
import org.entente.platform.infra.EmbeddedMongoServer;
import org.entente.platform.infra.EmbeddedPostgresServer;
import org.entente.platform.infra.FreePorts;

/**
 * The whole suite on one machine: PostgreSQL, Kafka and a MongoDB-protocol store (embedded, or
 * external ones when configured), then the three services and the gateway, each as its own OS
 * process. A service process that dies is restarted ({@link Supervisor}). {@link #close()} stops
 * everything in reverse order; so do Ctrl-C and SIGTERM.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Each service's topic, created before the services start (docs/events.md). */
    private static final List<String> EVENT_TOPICS = List.of("alliances.events", "agreements.events", "exercises.events");
    /** Kept referenced: java.util.logging forgets levels of loggers nobody holds. */
    private static final List<Logger> QUIET_LOGGERS = new ArrayList<>();

    private final SuiteSettings settings;
    private final Deque<Runnable> stopInReverse = new ArrayDeque<>();
    private final Map<String, String> endpoints = new LinkedHashMap<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Supervisor supervisor = new Supervisor();
    private LocalTokens tokens;
    private Path postgresDataDir;
    private boolean closed;

    private LocalSuite(SuiteSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        quietInfrastructureLogs();
        LocalSuite suite = null;
        try {
            SuiteSettings settings = SuiteSettings.from(args, System.getenv());
            if (settings.importDirectory().isPresent() && LauncherLock.isHeld(settings.dataDir())) {
                // a suite already runs on this data: import into it and leave it running
                importInto("http://127.0.0.1:" + settings.ports().gateway(), LocalTokens.prepare(settings.dataDir()).read("admin"),
                        settings.importDirectory().get());
                return;
            }
            suite = new LocalSuite(settings);
            LocalSuite toStop = suite;
            Runtime.getRuntime().addShutdownHook(new Thread(toStop::close, "entente-shutdown"));
            long started = System.nanoTime();
            suite.start();
            suite.printSummary(Duration.ofNanos(System.nanoTime() - started));
            if (settings.importDirectory().isPresent()) {
                importInto(suite.gatewayUrl(), suite.token("admin"), settings.importDirectory().get());
                System.out.println("Press Ctrl-C to stop.");
            }
            Thread.currentThread().join();
        } catch (SuiteException e) {
            System.err.println();
            System.err.println("entente: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            // e.g. PostgreSQL or Kafka failing to start: say what failed; the trace only on request
            System.err.println();
            System.err.println("entente: the suite could not start: " + e.getMessage());
            if (System.getenv("ENTENTE_DEBUG") != null) {
                e.printStackTrace();
            } else {
                System.err.println("(set ENTENTE_DEBUG=1 for the full error; logs are in the data directory's logs/)");
            }
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void importInto(String gateway, String adminToken, java.nio.file.Path directory) {
        System.out.println("Importing the data set files in " + directory + " through " + gateway);
        new DataSetImports(gateway, adminToken, System.out).importAll(directory);
    }

    /** Starts the suite with these settings; tests use this with free ports and a temporary data directory. */
    public static LocalSuite start(SuiteSettings settings) {
        quietInfrastructureLogs();
        LocalSuite suite = new LocalSuite(settings);
        try {
            suite.start();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void start() {
        Path data = settings.dataDir();
        postgresDataDir = data.resolve("postgres");
        LauncherLock lock = LauncherLock.acquire(data);
        onStop(lock::close);
        StaleProcesses.stopLeftovers(data, postgresDataDir);
        SuiteSettings.Ports ports = resolvePorts(settings.ports());
        tokens = LocalTokens.prepare(data);

        CompletableFuture<PostgresUrls> postgres = CompletableFuture.supplyAsync(() -> startPostgres(ports.postgres()));
        CompletableFuture<String> kafka = CompletableFuture.supplyAsync(() -> startKafka(ports.kafka()));
        CompletableFuture<String> mongo = CompletableFuture.supplyAsync(() -> startMongo(ports.mongo()));
        PostgresUrls databases = await(postgres);
        String bootstrap = await(kafka);
        String mongoUri = await(mongo);
        endpoints.put("PostgreSQL", databases.describe());
        endpoints.put("Kafka bootstrap", bootstrap);
        endpoints.put("MongoDB", mongoUri + " (database exercises)");
        // created now also with --infra-only, so that services in dev mode find their databases
        Map<String, String> allianceDatabase = databases.configFor("alliances");
        Map<String, String> agreementDatabase = databases.configFor("agreements");
        if (settings.infraOnly()) {
            return;
        }

        Map<String, String> everyProcess = new LinkedHashMap<>(tokens.verificationConfig());
        everyProcess.put("quarkus.log.console.json.enabled", "false"); // the production build, read by a person: text lines
        Map<String, String> common = new LinkedHashMap<>(everyProcess);
        common.put("kafka.bootstrap.servers", bootstrap);
        Map<String, String> alliance = new LinkedHashMap<>(common);
        alliance.putAll(allianceDatabase);
        alliance.put("entente.reference-data.load-on-empty", "true");
        Map<String, String> agreement = new LinkedHashMap<>(common);
        agreement.putAll(agreementDatabase);
        agreement.put("entente.reference-data.load-on-empty", "true");
        Map<String, String> exercise = new LinkedHashMap<>(common);
        exercise.put("quarkus.mongodb.connection-string", mongoUri);
        exercise.put("entente.reference-data.load-on-empty", "true");

        Map<String, String> gateway = new LinkedHashMap<>(everyProcess);
        gateway.put("entente.gateway.upstreams.alliance-service.urls", launchInstances("alliance-service", ports.alliance(), alliance));
        gateway.put("entente.gateway.upstreams.agreement-service.urls", launchInstances("agreement-service", ports.agreement(), agreement));
        gateway.put("entente.gateway.upstreams.exercise-service.urls", launchInstances("exercise-service", ports.exercise(), exercise));
        launch("gateway", "gateway", ports.gateway(), gateway);
        for (ServiceProcess service : services) {
            service.awaitReady(READY_TIMEOUT);
        }
        synchronized (this) {
            services.forEach(supervisor::watch); // from now on, one that dies is restarted
        }
    }

    private SuiteSettings.Ports resolvePorts(SuiteSettings.Ports wanted) {
        boolean pg = settings.externalPostgres().isEmpty();
        boolean kafka = settings.externalKafka().isEmpty();
        boolean mongo = settings.externalMongo().isEmpty();
        boolean apps = !settings.infraOnly();
        return new SuiteSettings.Ports(
                claim(wanted.gateway(), apps, "the gateway", "ENTENTE_GATEWAY_PORT"),
                claim(wanted.alliance(), apps, "alliance-service", "ENTENTE_ALLIANCE_PORT"),
                claim(wanted.agreement(), apps, "agreement-service", "ENTENTE_AGREEMENT_PORT"),
                claim(wanted.exercise(), apps, "exercise-service", "ENTENTE_EXERCISE_PORT"),
                claim(wanted.postgres(), pg, "PostgreSQL", "ENTENTE_PG_PORT"),
                claim(wanted.kafka(), kafka, "Kafka", "ENTENTE_KAFKA_PORT"),
                claim(wanted.mongo(), mongo, "the MongoDB-protocol store", "ENTENTE_MONGO_PORT"));
    }

    private static int claim(int port, boolean needed, String what, String setting) {
        if (!needed) {
            return port;
        }
        if (port == 0) {
            return FreePorts.pick();
        }
        if (!FreePorts.isFree(port)) {
            throw new SuiteException("Port " + port + " (" + what + ") is already in use. Stop what uses it, "
                    + "or choose another port with " + setting + "=<port>.");
        }
        return port;
    }

    private PostgresUrls startPostgres(int port) {
        if (settings.externalPostgres().isPresent()) {
            PostgresDatabases external = new PostgresDatabases(settings.externalPostgres().get(),
                    settings.postgresUser(), settings.postgresPassword());
            return new PostgresUrls(external::urlOf, settings.postgresUser(), settings.postgresPassword(),
                    settings.externalPostgres().get() + " (external)");
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresDataDir, port);
        onStop(server::close);
        return new PostgresUrls(server::jdbcUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                "jdbc:postgresql://127.0.0.1:" + server.port() + " (databases alliances, agreements)");
    }

    private String startKafka(int port) {
        if (settings.externalKafka().isPresent()) {
            return settings.externalKafka().get();
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(settings.dataDir().resolve("kafka"), port);
        onStop(broker::close);
        broker.createTopics(EVENT_TOPICS);
        return broker.bootstrapServers();
    }

    private String startMongo(int port) {
        if (settings.externalMongo().isPresent()) {
            return settings.externalMongo().get();
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.fileBacked(settings.dataDir().resolve("mongo/entente.mv"), port);
        onStop(server::close);
        return server.connectionString();
    }

    /**
     * The service's instances ({@code --instances}): the first on its configured port, the others as
     * {@code <module>-2}, ... on free ports. Only the first loads the reference data into an empty store.
     * Returns their URLs for the gateway, comma-separated.
     */
    private String launchInstances(String module, int port, Map<String, String> config) {
        List<String> urls = new ArrayList<>();
        urls.add(launch(module, module, port, config));
        for (int i = 2; i <= settings.instances(); i++) {
            Map<String, String> another = new LinkedHashMap<>(config);
            another.put("entente.reference-data.load-on-empty", "false");
            urls.add(launch(module + "-" + i, module, FreePorts.pick(), another));
        }
        return String.join(",", urls);
    }

    private synchronized String launch(String name, String module, int port, Map<String, String> config) {
        if (closed) {
            throw new SuiteException("Stopping: " + name + " not started");
        }
        ServiceProcess process = ServiceProcess.start(name, ServiceProcess.jar(settings.repository(), module),
                settings.bindHost(), port, config, settings.serviceJavaOptions(), settings.dataDir());
        services.add(process);
        endpoints.put(name, process.url());
        return process.url();
    }

    /** Registers how to stop what was just started; when the suite is already stopping, stops it at once. */
    private void onStop(Runnable stop) {
        synchronized (this) {
            if (!closed) {
                stopInReverse.push(stop);
                return;
            }
        }
        stop.run(); // started by a thread that was still starting things when Ctrl-C came
    }

    /** Stops the services first (the gateway last started, first stopped), then Mongo, Kafka and PostgreSQL. */
    @Override
    public void close() {
        List<ServiceProcess> running;
        List<Runnable> infrastructure = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            supervisor.close();
            running = List.copyOf(services);
            while (!stopInReverse.isEmpty()) {
                infrastructure.add(stopInReverse.pop());
            }
        }
        // the services first, in parallel (each gets SIGTERM and a grace period), then the infrastructure
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ServiceProcess service : running) {
            stopping.add(CompletableFuture.runAsync(() -> service.stop(STOP_GRACE)));
        }
        stopping.forEach(CompletableFuture::join);
        for (Runnable stop : infrastructure) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                System.err.println("entente: while stopping: " + e.getMessage());
            }
        }
    }

    public String gatewayUrl() {
        return endpoints.get("gateway");
    }

    public String endpoint(String name) {
        return endpoints.get(name);
    }

    public String token(String role) {
        return tokens.read(role);
    }

    public synchronized List<Long> servicePids() {
        return services.stream().map(ServiceProcess::pid).toList();
    }

    public Optional<Long> postgresPid() {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(postgresDataDir.resolve("postmaster.pid")).get(0).trim()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Resident memory of the launcher (with Kafka and the MongoDB store), PostgreSQL and each service. */
    public Map<String, Long> residentKilobytes() {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("launcher (Kafka, MongoDB store)", ProcessMemory.residentKilobytes(ProcessHandle.current().pid()));
        postgresPid().flatMap(ProcessHandle::of).ifPresent(pg -> rss.put("PostgreSQL",
                ProcessMemory.residentKilobytes(pg.pid()) + pg.descendants()
                        .mapToLong(child -> ProcessMemory.residentKilobytes(child.pid())).sum()));
        List<ServiceProcess> running;
        synchronized (this) {
            running = List.copyOf(services);
        }
        running.forEach(service -> rss.put(service.name(), service.residentKilobytes()));
        return rss;
    }

    private void printSummary(Duration startup) {
        StringBuilder out = new StringBuilder("\n");
        if (settings.infraOnly()) {
            out.append(String.format("Entente infrastructure is up in %.1f s (--infra-only: start services with "
                    + "./mvnw -pl <service> quarkus:dev)%n%n", startup.toMillis() / 1000.0));
        } else {
            out.append(String.format("Entente is up: all healthy in %.1f s%n%n", startup.toMillis() / 1000.0));
            row(out, "Gateway", gatewayUrl());
            row(out, "Swagger UI", gatewayUrl() + "/q/swagger-ui");
            // the token in the fragment signs the browser in; a fragment never reaches a server or its log
            row(out, "Dashboard", gatewayUrl() + "/dashboard/#token=" + tokens.read("reader"));
            synchronized (this) {
                services.stream().map(ServiceProcess::name).filter(name -> !name.equals("gateway"))
                        .forEach(name -> row(out, name, endpoints.get(name)));
            }
        }
        for (String infra : List.of("PostgreSQL", "Kafka bootstrap", "MongoDB")) {
            row(out, infra, endpoints.get(infra));
        }
        tokens.files().forEach((role, file) -> row(out, "Token " + role, file.toString()));
        row(out, "Data", settings.dataDir().toString());
        row(out, "Logs", settings.dataDir().resolve("logs").toString());
        if (!settings.infraOnly()) {
            long total = residentKilobytes().values().stream().mapToLong(Long::longValue).sum();
            row(out, "Memory (RSS)", String.format("%.0f MB in all", total / 1024.0));
            out.append("\nTokens (valid ").append(LocalTokens.VALIDITY.toDays()).append(" days):\n");
            tokens.files().keySet().forEach(role -> out.append("  ").append(role).append(": ")
                    .append(tokens.read(role)).append('\n'));
            out.append("\nTry: curl -H \"Authorization: Bearer $(cat ")
                    .append(tokens.files().get("reader")).append(")\" ").append(gatewayUrl()).append("/api/v1/alliances\n");
        }
        out.append("Press Ctrl-C to stop.\n");
        System.out.println(out);
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append(String.format("  %-20s %s%n", name, value));
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static synchronized void quietInfrastructureLogs() {
        if (!QUIET_LOGGERS.isEmpty()) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$-7s [%3$s] %5$s%6$s%n");
        // mongo-java-server warns at each start that it ignores non-unique indexes: a known, documented gap
        Logger mongoIndexes = Logger.getLogger("de.bwaldvogel.mongo.backend.AbstractMongoDatabase");
        mongoIndexes.setLevel(Level.SEVERE);
        QUIET_LOGGERS.add(mongoIndexes);
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky", "de.bwaldvogel.mongo.backend", "de.bwaldvogel.mongo.wire",
                "io.netty")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET_LOGGERS.add(logger);
        }
    }

    /** Where each PostgreSQL service's database is. */
    private record PostgresUrls(java.util.function.Function<String, String> urlOf, String user, String password,
                                String describe) {

        Map<String, String> configFor(String database) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", urlOf.apply(database),
                    "quarkus.datasource.username", user,
                    "quarkus.datasource.password", password);
        }
    }
}
