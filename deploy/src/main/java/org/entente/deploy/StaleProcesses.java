package org.entente.deploy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cleans up after a launcher that was killed without a chance to stop its children (kill -9, a
 * crash): services still running from its pid files, and a PostgreSQL still running on its data
 * directory. A pid is only acted on while it still runs the program it was written for.
 */
final class StaleProcesses {

    private StaleProcesses() {
    }

    static void stopLeftovers(Path dataDir, Path postgresDataDir) {
        Path run = dataDir.resolve("run");
        if (Files.isDirectory(run)) {
            try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(run, "*.pid")) {
                for (Path pidFile : pidFiles) {
                    String mark = "-D" + ServiceProcess.DATA_DIR_PROPERTY + "=" + dataDir;
                    readPid(pidFile).flatMap(ProcessHandle::of)
                            .filter(p -> commandLine(p).contains("quarkus-run.jar") && commandLine(p).contains(mark))
                            .ifPresent(p -> stop(p, "service left over from an earlier run (" + pidFile.getFileName() + ")"));
                    Files.deleteIfExists(pidFile);
                }
            } catch (IOException e) {
                throw new SuiteException("Cannot read pid files in " + run + ": " + e.getMessage());
            }
        }
        Path postmasterPid = postgresDataDir.resolve("postmaster.pid");
        if (Files.exists(postmasterPid)) {
            readPid(postmasterPid).flatMap(ProcessHandle::of)
                    .filter(p -> commandLine(p).contains("postgres") && commandLine(p).contains(postgresDataDir.toString()))
                    .ifPresent(StaleProcesses::stopPostgres);
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    /** PostgreSQL's fast shutdown is SIGINT (SIGTERM waits for every client to leave). */
    private static void stopPostgres(ProcessHandle postmaster) {
        System.out.println("Stopping PostgreSQL left over from an earlier run, pid " + postmaster.pid());
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            postmaster.destroyForcibly();
        }
    }

    private static void stop(ProcessHandle process, String what) {
        System.out.println("Stopping " + what + ", pid " + process.pid());
        process.destroy();
        try {
            process.onExit().get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            process.destroyForcibly();
        }
    }
}
