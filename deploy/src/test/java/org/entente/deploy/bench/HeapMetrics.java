package org.entente.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.entente.platform.testing.Scrape;

/** A service's heap in use now, from its Prometheus metrics, for the benchmarks that report a peak. */
final class HeapMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HeapMetrics() {
    }

    /** MB of heap in use, summed over the pools; 0 when the service does not answer right now. */
    static double usedMb(String serviceUrl) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            return Scrape.parse(metrics).value("jvm_memory_used_bytes", "area", "heap") / (1024 * 1024);
        } catch (Exception notNow) {
            return 0;
        }
    }
}
