package org.entente.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.deploy.DataSetImportsAccess;
import org.entente.deploy.LocalSuite;

/**
 * What pulling costs with the research data loaded, through the gateway: the change feed's catch-up
 * from a cursor taken before the import, the whole exercise collection exported as CSV and NDJSON
 * (records per second and exercise-service's peak heap meanwhile), and the transfer saved on a typical
 * list by gzip and by a 304. Figures, not assertions: this is not a test.
 */
public final class PullBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COLLECTIONS = List.of("alliances", "agreements", "exercises");
    private static final String TYPICAL_LIST = "/api/v1/exercises?country=USA&limit=50";

    private PullBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchmarkSuite.researchData();
        try (LocalSuite suite = BenchmarkSuite.start()) {
            String gateway = suite.gatewayUrl();
            String reader = suite.token("reader");
            Map<String, String> cursors = new LinkedHashMap<>();
            for (String collection : COLLECTIONS) {
                cursors.put(collection, JSON.readTree(get(gateway + "/api/v1/" + collection + "/changes", reader, Map.of()).body())
                        .get("next").asText());
            }
            DataSetImportsAccess.importAll(gateway, suite.token("admin"), dir);

            System.out.printf("%nPull benchmark: %d cores, through the gateway, with ATOP 5.1, DCAD 1.0 and MME v7 loaded%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.println("Change feed catch-up from a cursor taken before the import (pages of 200):");
            for (String collection : COLLECTIONS) {
                catchUp(gateway, reader, collection, cursors.get(collection));
            }
            System.out.println("Export of every exercise:");
            for (String format : List.of("csv", "ndjson")) {
                export(gateway, reader, suite.endpoint("exercise-service"), format);
            }
            System.out.printf("Transfer of %s:%n", TYPICAL_LIST);
            transfer(gateway, reader);
        }
    }

    private static void catchUp(String gateway, String reader, String collection, String cursor) throws Exception {
        long started = System.nanoTime();
        long changes = 0;
        double at10k = Double.NaN;
        boolean more = true;
        while (more) {
            JsonNode page = JSON.readTree(get(gateway + "/api/v1/" + collection + "/changes?limit=200&after="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), reader, Map.of()).body());
            changes += page.get("items").size();
            cursor = page.get("next").asText();
            more = page.get("more").asBoolean();
            if (changes >= 10_000 && Double.isNaN(at10k)) {
                at10k = (System.nanoTime() - started) / 1e9;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %-10s %,7d changes in %5.2f s: %,8.0f changes/s%s%n", collection, changes, seconds, changes / seconds,
                Double.isNaN(at10k) ? "" : String.format(" (the first 10,000 in %.2f s)", at10k));
    }

    private static void export(String gateway, String reader, String service, String format) throws Exception {
        AtomicReference<Double> peakMb = new AtomicReference<>(HeapMetrics.usedMb(service));
        double before = peakMb.get();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakMb.accumulateAndGet(HeapMetrics.usedMb(service), Math::max), 0, 100, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/exercises?format=" + format))
                .header("Authorization", "Bearer " + reader).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = body.readLine()) != null) {
                lines++;
                bytes += line.length() + 1;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.shutdownNow();
        long records = format.equals("csv") ? lines - 1 : lines; // CSV: the header row; a quoted line break counts as a line
        System.out.printf("  %-6s %d, %,6d lines (%,d KB) in %5.2f s: %,8.0f lines/s; exercise-service heap %.0f MB before, %.0f MB"
                        + " at most (sampled every 100 ms)%n", format, response.statusCode(), records, bytes / 1024, seconds,
                records / seconds, before, peakMb.get());
    }

    private static void transfer(String gateway, String reader) throws Exception {
        HttpResponse<byte[]> plain = get(gateway + TYPICAL_LIST, reader, Map.of());
        HttpResponse<byte[]> gzipped = get(gateway + TYPICAL_LIST, reader, Map.of("Accept-Encoding", "gzip"));
        String etag = plain.headers().firstValue("ETag").orElse("");
        HttpResponse<byte[]> revalidated = get(gateway + TYPICAL_LIST, reader, Map.of("If-None-Match", etag));
        System.out.printf("  identity %,7d bytes; gzip %,7d bytes (%s, %.0f %% saved); revalidated with its ETag: %d, %d bytes%n",
                plain.body().length, gzipped.body().length, gzipped.headers().firstValue("Content-Encoding").orElse("not compressed"),
                100.0 * (plain.body().length - gzipped.body().length) / plain.body().length, revalidated.statusCode(),
                revalidated.body().length);
    }

    private static HttpResponse<byte[]> get(String url, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 && response.statusCode() != 304) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + new String(response.body(),
                    StandardCharsets.UTF_8));
        }
        return response;
    }
}
