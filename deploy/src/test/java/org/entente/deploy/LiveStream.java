package org.entente.deploy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A reader of the live exercise stream (server-sent events) through the gateway: its lines as they arrive. */
final class LiveStream implements AutoCloseable {

    private final HttpResponse<Stream<String>> response;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private LiveStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (UncheckedIOException closed) {
                // the test closed the stream
            }
        }, "live-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code GET url} as {@code text/event-stream} with the bearer token; answers once the headers are in. */
    static LiveStream open(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
        return new LiveStream(HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(20, TimeUnit.SECONDS));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Whether a line that {@code wanted} accepts arrives within the time. */
    boolean awaitLine(Predicate<String> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return true;
            }
        }
        return false;
    }

    /** The lines read and not yet taken, for a failure's message. */
    String unread() {
        return lines.toString();
    }

    @Override
    public void close() {
        response.body().close();
    }
}
