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
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ServiceProcess(String name, String url, Process process, Path log, Path pidFile) {
        this.name = name;
        this.url = url;
        this.process = process;
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
            Path logs = Files.createDirectories(dataDir.resolve("logs"));
            Path log = logs.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            Path pidFile = Files.createDirectories(dataDir.resolve("run")).resolve(name + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ServiceProcess(name, "http://" + displayHost(host) + ":" + port, process, log, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
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
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new SuiteException(name + " stopped with exit code " + process.exitValue() + ". End of "
                        + log + ":\n" + tail(log, 25));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SuiteException("Interrupted while waiting for " + name);
            }
            sleep(150);
        }
        throw new SuiteException(name + " was not ready after " + timeout.toSeconds() + " s. End of " + log + ":\n"
                + tail(log, 25));
    }

    /** SIGTERM, then a forced kill if it has not stopped within {@code grace}. */
    void stop(Duration grace) {
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
