package org.entente.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service (or the gateway) as its own OS process: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar},
 * configured through system properties, logging to {@code <data>/logs/<name>.log}, its pid kept in
 * {@code <data>/run/<name>.pid} so that a later launcher can clean up after a killed one.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final String url;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final Path pidFile;
    private volatile Process process;
    private volatile Instant started;
    private boolean stopped;

    private ServiceProcess(String name, String url, List<String> command, Map<String, String> environment, Path log,
                           Path pidFile) {
        this.name = name;
        this.url = url;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.pidFile = pidFile;
    }

    static final String DATA_DIR_PROPERTY = "entente.data-dir";

    /** MicroProfile Config's environment name of a property: {@code quarkus.datasource.password} is {@code QUARKUS_DATASOURCE_PASSWORD}. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    static Path jar(Path repository, String module) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static ServiceProcess start(String name, Path jar, String host, int port, Map<String, String> config,
                                String javaOptions, Path dataDir) {
        if (!Files.exists(jar)) {
            throw new SuiteException(name + " is not built (" + jar + " is missing). Build it with "
                    + "'./mvnw -DskipTests install' or start the suite with deploy/run-local.sh, which builds what is missing.");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Arrays.stream(javaOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).forEach(command::add);
        // names the data directory in the command line, so a later launcher recognizes its leftovers
        command.add("-D" + DATA_DIR_PROPERTY + "=" + dataDir);
        command.add("-Dquarkus.http.host=" + host);
        command.add("-Dquarkus.http.port=" + port);
        Map<String, String> environment = new java.util.HashMap<>();
        config.forEach((key, value) -> {
            if (key.contains("password")) {
                environment.put(environmentName(key), value); // secrets stay out of `ps`
            } else {
                command.add("-D" + key + "=" + value);
            }
        });
        command.add("-jar");
        command.add(jar.toString());
        try {
            Path log = Files.createDirectories(dataDir.resolve("logs")).resolve(name + ".log");
            Path pidFile = Files.createDirectories(dataDir.resolve("run")).resolve(name + ".pid");
            ServiceProcess service = new ServiceProcess(name, "http://" + displayHost(host) + ":" + port,
                    command, environment, log, pidFile);
            service.spawn();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private void spawn() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        started = Instant.now();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    /**
     * Starts the process again with the same command, after it died; false once the suite is
     * stopping (then nothing is started).
     */
    synchronized boolean restart() {
        if (stopped) {
            return false;
        }
        try {
            spawn();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart " + name, e);
        }
    }

    /** Called with the exit code when the current process ends. */
    CompletableFuture<Integer> exit() {
        Process current = process;
        return current.onExit().thenApply(Process::exitValue);
    }

    /** How long the current process has run. */
    Duration uptime() {
        return Duration.between(started, Instant.now());
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    boolean isReady() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    /** Waits until {@code /q/health/ready} answers 200, or fails with the end of the service's log. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process current = process;
            if (!current.isAlive()) {
                throw new SuiteException(name + " stopped with exit code " + current.exitValue() + ". End of "
                        + log + ":\n" + tail(log, 25));
            }
            if (isReady()) {
                return;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new SuiteException("Interrupted while waiting for " + name);
            }
            sleep(150);
        }
        throw new SuiteException(name + " was not ready after " + timeout.toSeconds() + " s. End of " + log + ":\n"
                + tail(log, 25));
    }

    /** SIGTERM, then a forced kill if it has not stopped within {@code grace}; it is not restarted after. */
    void stop(Duration grace) {
        Process process;
        synchronized (this) {
            stopped = true;
            process = this.process;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is handled by the next start
        }
    }

    long pid() {
        return process.pid();
    }

    long residentKilobytes() {
        return ProcessMemory.residentKilobytes(process.pid());
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
