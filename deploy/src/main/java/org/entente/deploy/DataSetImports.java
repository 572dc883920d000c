package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --import DIR}: imports the research data set files found in a directory (or a folder below it),
 * by their names as distributed, through the gateway as admin: each upload answers with an import job, which is followed
 * with a progress bar until it ends; a table of what each import did comes last.
 */
final class DataSetImports {

    /** A file the suite imports, and where it goes. */
    record Known(String fileName, String title, String path) {
    }

    static final List<Known> KNOWN = List.of(
            new Known("atop5_1m.csv", "ATOP 5.1", "/api/v1/alliances/imports/atop"),
            new Known("DCAD-v1.0-main.csv", "DCAD 1.0", "/api/v1/agreements/imports/dcad"),
            new Known("mme_v7.csv", "MME v7", "/api/v1/exercises/imports/mme"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(300);
    private static final int BAR = 30;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String adminToken;
    private final PrintStream out;
    private long lastDrawn = -1;

    DataSetImports(String gateway, String adminToken, PrintStream out) {
        this.gateway = gateway;
        this.adminToken = adminToken;
        this.out = out;
    }

    /** One import's outcome, for the summary table. */
    record Outcome(Known file, String status, long rows, long created, long updated, long unchanged, long rejected,
                   double seconds, String failure) {
    }

    /**
     * Imports every known file in {@code directory}, one after the other; returns the outcomes (none when no file is
     * known). Not side by side: on a small machine the services, PostgreSQL, Kafka and the document store then compete
     * for the same cores and the three took longer together (81 s against 66 s on 2 cores, {@code deploy/bench/import.sh}).
     */
    List<Outcome> importAll(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new SuiteException("--import " + directory + ": not a directory");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Known known : KNOWN) {
            find(directory, known.fileName()).ifPresent(file -> outcomes.add(importFile(known, file)));
        }
        if (outcomes.isEmpty()) {
            out.println("entente: no data set file in " + directory + " (looked for "
                    + String.join(", ", KNOWN.stream().map(Known::fileName).toList()) + ")");
        }
        printSummary(outcomes);
        return outcomes;
    }

    private Outcome importFile(Known known, Path file) {
        long rows = dataRows(file);
        try {
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(gateway + known.path()))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                String detail = json(started.body()).path("detail").asText(started.body());
                out.printf("%-9s %s: refused (%d): %s%n", known.title(), known.fileName(), started.statusCode(), detail);
                return new Outcome(known, "REFUSED", rows, 0, 0, 0, 0, 0, detail);
            }
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode job = json(started.body());
            while ("RUNNING".equals(job.path("status").asText())) {
                progress(known, job.path("rowsRead").asLong(), rows);
                Thread.sleep(POLL.toMillis());
                job = json(http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", "Bearer " + adminToken)
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            }
            progress(known, job.path("rowsRead").asLong(), Math.max(rows, job.path("rowsRead").asLong()));
            out.println();
            JsonNode failure = job.path("failure");
            return new Outcome(known, job.path("status").asText("?"), job.path("rowsRead").asLong(), job.path("created").asLong(),
                    job.path("updated").asLong(), job.path("unchanged").asLong(), job.path("rejected").asLong(),
                    job.path("elapsedSeconds").asDouble(), failure.isMissingNode() ? null : failure.path("reason").asText());
        } catch (IOException e) {
            throw new SuiteException("Import of " + file + " through " + gateway + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("Interrupted while importing " + file);
        }
    }

    private void progress(Known known, long done, long total) {
        if (done == lastDrawn && done != total) {
            return; // redraw only when the count moved (output that is not a terminal keeps every line)
        }
        lastDrawn = done;
        int filled = total == 0 ? BAR : (int) Math.min(BAR, done * BAR / total);
        out.printf("\r%-9s [%s%s] %3d%%  %,d / %,d rows", known.title(), "#".repeat(filled), ".".repeat(BAR - filled),
                total == 0 ? 100 : Math.min(100, done * 100 / total), done, total);
        out.flush();
    }

    private void printSummary(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        out.printf("%n%-9s %-20s %-9s %7s %8s %8s %10s %9s %8s%n", "data set", "file", "status", "rows", "created",
                "updated", "unchanged", "rejected", "time");
        for (Outcome o : outcomes) {
            out.printf("%-9s %-20s %-9s %,7d %,8d %,8d %,10d %,9d %7.1fs%n", o.file().title(), o.file().fileName(), o.status(),
                    o.rows(), o.created(), o.updated(), o.unchanged(), o.rejected(), o.seconds());
            if (o.failure() != null) {
                out.println("          " + o.failure());
            }
        }
        out.println("Rejected rows, each with its line and reason: GET <the import's Location> as admin, e.g. "
                + gateway + "/api/v1/agreements/imports");
    }

    /** The file of that name in {@code directory} or a folder below it (as downloads are often unpacked). */
    static java.util.Optional<Path> find(Path directory, String fileName) {
        try (Stream<Path> files = Files.walk(directory, 3)) {
            return files.filter(f -> f.getFileName().toString().equals(fileName) && Files.isRegularFile(f)).sorted().findFirst();
        } catch (IOException e) {
            throw new SuiteException("Cannot read " + directory + ": " + e.getMessage());
        }
    }

    /** Lines after the header: the data set files have one record per line. */
    private static long dataRows(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return Math.max(0, lines.count() - 1);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
