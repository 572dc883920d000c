package org.entente.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.platform.infra.FreePorts;
import org.entente.platform.testing.OpenApiContract;

/**
 * The packaged launcher ({@code deploy/target/entente-local.jar}) started the way deploy/run-local.sh
 * starts it, as its own process, on free ports and a given data directory.
 */
final class LauncherProcess {

    static final Path REPOSITORY = SuiteSettings.findRepository(Path.of("").toAbsolutePath());

    final Map<String, Integer> ports;
    final Path dataDir;
    private final Process process;
    private final boolean services;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Void> up = new CompletableFuture<>();

    private LauncherProcess(Map<String, Integer> ports, Path dataDir, Process process, boolean services) {
        this.ports = ports;
        this.dataDir = dataDir;
        this.process = process;
        this.services = services;
        Thread reader = new Thread(this::readOutput, "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Map<String, Integer> freePorts() {
        Map<String, Integer> ports = new HashMap<>();
        for (String name : List.of("GATEWAY", "ALLIANCE", "AGREEMENT", "EXERCISE", "PG", "KAFKA", "MONGO")) {
            ports.put(name, FreePorts.pick());
        }
        return ports;
    }

    /** The launcher with {@code instances} processes per service behind the gateway. */
    static LauncherProcess start(Map<String, Integer> ports, Path dataDir, int instances) throws IOException {
        return start(ports, dataDir, instances, List.of(), Map.of());
    }

    /** The launcher with one process per service, and settings in its environment (which the services inherit). */
    static LauncherProcess start(Map<String, Integer> ports, Path dataDir, Map<String, String> environment) throws IOException {
        return start(ports, dataDir, 1, List.of(), environment);
    }

    /** {@code --infra-only}: PostgreSQL, Kafka and the MongoDB-protocol store, keys and tokens; no services. */
    static LauncherProcess startInfrastructure(Map<String, Integer> ports, Path dataDir) throws IOException {
        return start(ports, dataDir, 1, List.of("--infra-only"), Map.of());
    }

    private static LauncherProcess start(Map<String, Integer> ports, Path dataDir, int instances, List<String> options,
                                         Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar",
                REPOSITORY.resolve("deploy/target/entente-local.jar").toString(), "--data-dir", dataDir.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
        ports.forEach((name, port) -> builder.environment().put("ENTENTE_" + name + "_PORT", port.toString()));
        builder.environment().put("ENTENTE_INSTANCES", Integer.toString(instances));
        for (String external : List.of("PG_URL", "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI")) {
            builder.environment().remove(external);
        }
        builder.environment().putAll(environment);
        return new LauncherProcess(ports, dataDir, builder.start(), !options.contains("--infra-only"));
    }

    /**
     * {@code deploy/run-local.sh --import DIR} while this suite runs: a second launcher on the same data
     * imports into it and exits. Returns its output.
     */
    String runImport(Path directory) throws Exception {
        if (!process.isAlive()) {
            throw new AssertionError("The suite is not running, so --import would start one of its own:\n" + output);
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-jar", REPOSITORY.resolve("deploy/target/entente-local.jar").toString(), "--data-dir", dataDir.toString(),
                "--import", directory.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
        ports.forEach((name, port) -> builder.environment().put("ENTENTE_" + name + "_PORT", port.toString()));
        Process importer = builder.start();
        String output = new String(importer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!importer.waitFor(10, TimeUnit.MINUTES)) {
            importer.destroyForcibly();
            throw new AssertionError("--import did not end within 10 minutes:\n" + output);
        }
        if (importer.exitValue() != 0) {
            throw new AssertionError("--import exited with " + importer.exitValue() + ":\n" + output);
        }
        return output;
    }

    /**
     * Waits for the launcher's "all healthy" line; fails with its output if it stops or takes too long. From
     * then on, every REST Assured exchange with the gateway is held to the whole suite's document.
     */
    void awaitUp(Duration timeout) throws Exception {
        try {
            up.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("The suite did not come up:\n" + output, e);
        }
        if (services) {
            OpenApiContract.holdTo(gateway(), "/openapi/all");
        }
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get("GATEWAY");
    }

    String token(String role) throws IOException {
        return Files.readString(dataDir.resolve("tokens").resolve(role + ".jwt")).trim();
    }

    String output() {
        return output.toString();
    }

    /** The services' and PostgreSQL's pids, as the launcher recorded them. */
    List<Long> childPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("run"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                pids.add(Long.parseLong(Files.readString(file).trim()));
            }
        }
        postgresPid().ifPresent(pids::add);
        return pids;
    }

    Optional<Long> postgresPid() throws IOException {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        return Files.exists(pidFile)
                ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())) : Optional.empty();
    }

    /** SIGTERM, as Ctrl-C or a service manager would stop it; returns the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not stop within 90 s of SIGTERM:\n" + output);
        }
        return process.exitValue();
    }

    /** kill -9: the launcher gets no chance to stop anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * kill -9 of the whole suite at once, as a power cut or the OOM killer would leave it: the
     * launcher (with Kafka and the MongoDB store in it), every service and PostgreSQL with its backends.
     */
    void killEverything() throws Exception {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        process.toHandle().descendants().forEach(all::add);
        for (long pid : childPids()) {
            ProcessHandle.of(pid).ifPresent(p -> {
                all.add(p);
                p.descendants().forEach(all::add);
            });
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("Entente is up") || line.startsWith("Entente infrastructure is up")) {
                    up.complete(null);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
        up.completeExceptionally(new IllegalStateException("launcher output ended"));
    }
}
