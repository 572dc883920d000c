package org.entente.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The podman command line, with the engine flags a host without systemd needs (runc, not crun, which
 * refuses hybrid cgroups; cgroupfs; events to a file) and limits below the host's hard limit on open
 * files, which root here cannot raise (podman's defaults fail with "error setting rlimit").
 */
final class Podman {

    private static final List<String> ENGINE = List.of("--runtime", "runc", "--cgroup-manager", "cgroupfs",
            "--events-backend", "file");
    static final List<String> LIMITS = List.of("--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096");

    private Podman() {
    }

    static boolean installed() {
        try {
            return run(List.of("--version")).startsWith("podman");
        } catch (RuntimeException notThere) {
            return false;
        }
    }

    /** Runs podman with these arguments; its output, or an AssertionError with it when it fails. */
    static String run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(ENGINE);
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("podman-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("podman did not end within 5 minutes: " + command);
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new AssertionError("podman exited with " + process.exitValue() + ": " + command + "\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run podman: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    static String run(String... arguments) {
        return run(List.of(arguments));
    }
}
