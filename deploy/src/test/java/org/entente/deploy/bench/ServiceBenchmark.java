package org.entente.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.deploy.LocalSuite;
import org.entente.platform.cloudevents.KafkaCloudEvents;

/**
 * Prints throughput and latency of one service, started the way the local suite starts it
 * (packaged, own process, embedded PostgreSQL and Kafka, reference data loaded): GET one resource
 * by id, a filtered list of 50, and the time from a change's commit to its event being readable on
 * Kafka. Each service's benchmark is a {@link Scenario}; run them with {@code deploy/bench/*.sh}
 * after a build ({@code ./mvnw -DskipTests install}). Figures, not assertions: this is not a test.
 */
public final class ServiceBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** What one service's benchmark reads and changes. */
    public interface Scenario {

        String service();

        String topic();

        /** Seeds what the run needs (through the API, as {@code editor}) and names the URLs to load. */
        Targets prepare(String serviceUrl, String editorToken) throws Exception;

        /** Figures only this service has (printed after the common ones). */
        default void measureMore(String serviceUrl, String editorToken, Targets targets, int changes) throws Exception {
        }
    }

    /**
     * @param byId      a GET of one resource
     * @param list      a GET of a filtered list of 50
     * @param changed   the resource a PATCH changes, one change after the other
     * @param patchBody the merge patch, {@code %d} replaced by the change's number
     */
    public record Targets(String byId, String list, String changed, String patchBody) {
    }

    private ServiceBenchmark() {
    }

    static void run(Scenario scenario) throws Exception {
        int threads = Integer.getInteger("threads", 8);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 20));
        int changes = Integer.getInteger("changes", 1000);
        try (LocalSuite suite = BenchmarkSuite.start()) {
            String token = suite.token("editor");
            Targets targets = scenario.prepare(suite.endpoint(scenario.service()), token);

            System.out.printf("%n%s benchmark: %d client threads, %d s per run, %d cores%n", scenario.service(), threads,
                    duration.toSeconds(), Runtime.getRuntime().availableProcessors());
            load(targets.byId(), token, threads, Duration.ofSeconds(5)); // warm-up
            report("GET by id", load(targets.byId(), token, threads, duration), duration);
            load(targets.list(), token, threads, Duration.ofSeconds(5));
            report("GET filtered list of 50", load(targets.list(), token, threads, duration), duration);
            eventLatency(suite, scenario.topic(), targets, token, changes);
            scenario.measureMore(suite.endpoint(scenario.service()), token, targets, changes);
        }
    }

    /** POSTs a JSON body as the given token; the response body. */
    static String post(String url, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), 201);
    }

    static long[] load(String url, String token, int threads, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (running.get()) {
                    long start = System.nanoTime();
                    send(request, 200);
                    latencies.add(System.nanoTime() - start);
                }
                return latencies;
            }));
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            all.addAll(worker.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static void report(String what, long[] sortedNanos, Duration duration) {
        System.out.printf("  %-50s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests)%n", what,
                sortedNanos.length / (double) duration.toSeconds(), percentile(sortedNanos, 50) / 1e6,
                percentile(sortedNanos, 99) / 1e6, sortedNanos.length);
    }

    /** Changes one resource {@code changes} times, one after the other, and reads each event back. */
    private static void eventLatency(LocalSuite suite, String topic, Targets targets, String token, int changes) throws Exception {
        String bootstrap = suite.endpoint("Kafka bootstrap");
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("enable.auto.commit", "false");
        String url = targets.changed();
        long[] latencies = new long[changes];
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            String etag = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            int received = 0;
            for (int i = 0; i < changes; i++) {
                HttpResponse<String> patched = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).header("If-Match", etag)
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(targets.patchBody().formatted(i))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (patched.statusCode() != 200) {
                    throw new IllegalStateException("PATCH answered " + patched.statusCode() + ": " + patched.body());
                }
                etag = patched.headers().firstValue("ETag").orElseThrow();
                while (received <= i) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(5))) {
                        Instant readable = Instant.now();
                        Instant committed = KafkaCloudEvents.fromRecord(record).time();
                        if (received < changes) {
                            latencies[received++] = Duration.between(committed, readable).toNanos();
                        }
                    }
                }
            }
        }
        Arrays.sort(latencies);
        System.out.printf("  %-50s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (%d changes, one at a time)%n",
                "change (PATCH) to event readable on Kafka", percentile(latencies, 50) / 1e6,
                percentile(latencies, 99) / 1e6, latencies[latencies.length - 1] / 1e6, changes);
    }

    /** The {@code id} of the resource a GET answers. */
    static String idOf(String url, String token) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(), 200);
        int start = body.indexOf("\"id\":\"") + 6;
        return body.substring(start, body.indexOf('"', start));
    }

    static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
