package org.entente.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * exercise-service: GET RIMPAC 2024 by id, a list of 50 exercises filtered by participant and name,
 * PATCHes of one exercise; and the time from a write to its event reaching a client of the live
 * stream ({@code GET /api/v1/exercises/events}). Run with {@code deploy/bench/exercise-service.sh}.
 */
public final class ExerciseServiceBenchmark implements ServiceBenchmark.Scenario {

    public static void main(String[] args) throws Exception {
        ServiceBenchmark.run(new ExerciseServiceBenchmark());
    }

    @Override
    public String service() {
        return "exercise-service";
    }

    @Override
    public String topic() {
        return "exercises.events";
    }

    @Override
    public ServiceBenchmark.Targets prepare(String service, String token) throws Exception {
        String tag = "bench" + System.nanoTime();
        for (int i = 0; i < 60; i++) {
            ServiceBenchmark.post(service + "/api/v1/exercises", token, """
                    {"name": "%s %03d", "series": "BENCH", "hosts": ["AUS"], "types": ["SEA"], "region": "INDO_PACIFIC",
                     "start": "2031-0%d-01", "end": "2031-0%d-10",
                     "participants": [{"country": "AUS", "role": "HOST"}, {"country": "JPN", "role": "PARTICIPANT"}]}"""
                    .formatted(tag, i, 1 + i % 9, 1 + i % 9));
        }
        String rimpac = service + "/api/v1/exercises/" + ServiceBenchmark.idOf(service + "/api/v1/exercises?q=RIMPAC%202024", token);
        String changed = service + "/api/v1/exercises/" + ServiceBenchmark.idOf(service + "/api/v1/exercises?limit=1&q=" + tag, token);
        return new ServiceBenchmark.Targets(rimpac, service + "/api/v1/exercises?country=JPN&limit=50&q=" + tag, changed,
                "{\"objectives\": [\"change %d\"]}");
    }

    /** Changes one exercise {@code changes} times, one after the other, each awaited on an open live stream. */
    @Override
    public void measureMore(String service, String token, ServiceBenchmark.Targets targets, int changes) throws Exception {
        report("write (PATCH sent) to event on the SSE stream", liveStreamLatency(service, targets.changed(), token, changes));
    }

    static void report(String what, long[] sortedNanos) {
        System.out.printf("  %-50s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (%d changes, one at a time)%n",
                what, ServiceBenchmark.percentile(sortedNanos, 50) / 1e6, ServiceBenchmark.percentile(sortedNanos, 99) / 1e6,
                sortedNanos[sortedNanos.length - 1] / 1e6, sortedNanos.length);
    }

    /**
     * The time from each of {@code changes} PATCHes of {@code exercise} (its URL at {@code base}) to its event on
     * the live stream of {@code base}, opened before; sorted.
     */
    static long[] liveStreamLatency(String base, String exercise, String token, int changes) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String id = exercise.substring(exercise.lastIndexOf('/') + 1);
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/exercises/events?exercise=" + id))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.body().filter(line -> line.startsWith("data:")).forEach(frames::add);
            } catch (java.io.UncheckedIOException closed) {
                // the stream was closed at the end of the run
            }
        });
        reader.setDaemon(true);
        reader.start();
        String etag = http.send(HttpRequest.newBuilder(URI.create(exercise)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        long[] latencies = new long[changes];
        for (int i = 0; i < changes; i++) {
            String marker = "change " + i + " " + id + "\"";
            long start = System.nanoTime();
            HttpResponse<String> patched = http.send(HttpRequest.newBuilder(URI.create(exercise))
                    .header("Authorization", "Bearer " + token).header("If-Match", etag)
                    .header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"objectives\": [\"change " + i + " " + id + "\"]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (patched.statusCode() != 200) {
                throw new IllegalStateException("PATCH answered " + patched.statusCode() + ": " + patched.body());
            }
            etag = patched.headers().firstValue("ETag").orElseThrow();
            while (true) {
                String frame = frames.poll(30, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new IllegalStateException("change " + i + " did not reach the stream within 30 s");
                }
                if (frame.contains(marker)) {
                    break;
                }
            }
            latencies[i] = System.nanoTime() - start;
        }
        stream.body().close();
        Arrays.sort(latencies);
        return latencies;
    }
}
