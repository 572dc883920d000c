package org.entente.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.entente.deploy.DataSetImportsAccess;
import org.entente.deploy.LocalSuite;
import org.entente.deploy.SuiteSettings;

/**
 * Imports the three research data set files (ATOP 5.1, DCAD 1.0, MME v7, found by name under
 * {@code -Ddata=DIR}) into a fresh local suite through the gateway, as {@code --import} does, and
 * prints rows per second per file, the total time and each service's peak heap while importing; then,
 * with the data loaded, p50/p99 of the lists users filter most and of the ties view (one client).
 * Figures, not assertions: this is not a test.
 */
public final class ImportBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> QUERIES = List.of(
            "/api/v1/exercises?country=USA&limit=50",
            "/api/v1/alliances?activeOn=2000-01-01&limit=50",
            "/api/v1/agreements?party=USA&limit=50",
            "/api/v1/countries/USA/ties/GBR");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchmarkSuite.researchData();
        int requests = Integer.getInteger("requests", 200);
        // e.g. -Dservice.java.options="-Xmx256m -XX:StartFlightRecording=filename=/tmp/jfr/" to profile the services
        String javaOptions = System.getProperty("service.java.options", SuiteSettings.DEFAULT_JAVA_OPTIONS);
        try (LocalSuite suite = BenchmarkSuite.start(javaOptions)) {
            Map<String, Double> peakHeapMb = new LinkedHashMap<>();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            for (String service : List.of("alliance-service", "agreement-service", "exercise-service")) {
                peakHeapMb.put(service, 0.0);
                sampler.scheduleAtFixedRate(() -> peakHeapMb.merge(service, HeapMetrics.usedMb(suite.endpoint(service)), Math::max),
                        0, 1, TimeUnit.SECONDS);
            }
            System.out.printf("%nImport benchmark: %d cores, service JVMs %s%n", Runtime.getRuntime().availableProcessors(),
                    javaOptions);
            Map<String, Double> cpuBefore = ProcessCpu.seconds(suite);
            long started = System.nanoTime();
            List<DataSetImportsAccess.Figures> figures = DataSetImportsAccess.importAll(suite.gatewayUrl(), suite.token("admin"),
                    dir);
            double total = (System.nanoTime() - started) / 1e9;
            sampler.shutdownNow();
            System.out.println();
            for (DataSetImportsAccess.Figures f : figures) {
                System.out.printf("  %-9s %,6d rows in %6.1f s: %,8.0f rows/s (%s; %,d created, %,d rejected)%n", f.title(), f.rows(),
                        f.seconds(), f.rows() / Math.max(f.seconds(), 0.001), f.status(), f.created(), f.rejected());
            }
            System.out.printf("  all files, upload to last job's end: %.1f s%n", total);
            peakHeapMb.forEach((service, mb) -> System.out.printf("  peak heap %-18s %6.0f MB (sampled every second)%n", service, mb));
            Map<String, Double> cpuAfter = ProcessCpu.seconds(suite);
            System.out.printf("  CPU while importing (of %.0f core-seconds on %d cores):", total * Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors());
            cpuAfter.forEach((process, seconds) -> System.out.printf(" %s %.1f s,", process, seconds - cpuBefore.getOrDefault(process, 0.0)));
            System.out.println();

            System.out.printf("%nWith the data loaded, through the gateway, one client, %d requests each after %d warm-up:%n",
                    requests, requests / 4);
            String reader = suite.token("reader");
            for (String query : QUERIES) {
                latency(suite.gatewayUrl() + query, reader, requests / 4);
                long[] nanos = latency(suite.gatewayUrl() + query, reader, requests);
                System.out.printf("  %-50s p50 %7.2f ms   p99 %7.2f ms%n", query, nanos[nanos.length / 2] / 1e6,
                        nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6);
            }
        }
    }

    private static long[] latency(String url, String token, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }
}
