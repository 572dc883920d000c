package org.entente.exercises.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A real HTTP client reading a Server-Sent Events stream frame by frame (and the comment lines). */
public final class SseClient implements AutoCloseable {

    /** One event as sent: {@code id}, {@code event}, {@code data}; or a comment. */
    public record Frame(String id, String event, String data, String comment) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    public SseClient(URI uri, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        // read on a thread of its own: thenAccept would read on the caller's thread if the response were already there
        response.thenAcceptAsync(r -> {
            lines = r.body();
            String[] current = new String[3];
            lines.forEach(line -> {
                if (line.startsWith(":")) {
                    frames.add(new Frame(null, null, null, line.substring(1).trim()));
                } else if (line.isEmpty()) {
                    if (current[1] != null || current[2] != null) {
                        frames.add(new Frame(current[0], current[1], current[2], null));
                    }
                    current[0] = null;
                    current[1] = null;
                    current[2] = null;
                } else if (line.startsWith("id:")) {
                    current[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    current[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    current[2] = (current[2] == null ? "" : current[2] + "\n") + line.substring(5).trim();
                }
            });
        }, runnable -> {
            Thread reader = new Thread(runnable, "sse-client");
            reader.setDaemon(true);
            reader.start();
        });
    }

    public int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    /** Reads frames until {@code until} holds for one, or fails after {@code timeout}; the events read, comments left out. */
    public List<Frame> readUntil(Predicate<Frame> until, Duration timeout) throws InterruptedException {
        List<Frame> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Frame frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame == null) {
                continue;
            }
            if (frame.comment() == null) {
                events.add(frame);
            }
            if (until.test(frame)) {
                return events;
            }
        }
        throw new AssertionError("the stream did not send what was awaited within " + timeout + "; got " + events);
    }

    @Override
    public void close() {
        response.cancel(true);
        if (lines != null) {
            lines.close();
        }
    }
}
