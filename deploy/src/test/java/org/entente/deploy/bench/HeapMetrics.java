package org.entente.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's heap in use now, from its Prometheus metrics, for the benchmarks that report a peak. */
final class HeapMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    private HeapMetrics() {
    }

    /** MB of heap in use, summed over the pools; 0 when the service does not answer right now. */
    static double usedMb(String serviceUrl) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = HEAP.matcher(metrics);
            double bytes = 0;
            while (m.find()) {
                bytes += Double.parseDouble(m.group(1));
            }
            return bytes / (1024 * 1024);
        } catch (Exception notNow) {
            return 0;
        }
    }
}
