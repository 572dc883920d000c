package org.entente.platform.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * GETs of the app under test that see the bytes on the wire, as REST Assured (which decompresses) does not:
 * for what an answer's content coding is, and how many gzip layers it has.
 */
public final class RawHttp {

    /**
     * HTTP/1.1, as pullers and curl speak it to an {@code http://} address. (Over HTTP/2 Vert.x also sends the
     * {@code Content-Encoding: identity} with which Quarkus marks an answer not to compress.)
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RawHttp() {
    }

    /** The answer to a GET of {@code path} with the token and, unless null, this {@code Accept-Encoding}. */
    public static Answer get(String path, String token, String acceptEncoding) {
        HttpResponse<byte[]> response = send(path, token, acceptEncoding, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    /** A GET whose body is read line by line as it arrives, on a thread of its own: a stream of events. */
    public static Lines lines(String path, String token, String acceptEncoding) {
        return new Lines(send(path, token, acceptEncoding, HttpResponse.BodyHandlers.ofLines()));
    }

    private static <T> HttpResponse<T> send(String path, String token, String acceptEncoding, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return CLIENT.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A streamed answer: status, headers, and the lines received so far. Closing it ends the stream. */
    public static final class Lines implements AutoCloseable {

        private final HttpResponse<Stream<String>> response;
        private final List<String> received = new CopyOnWriteArrayList<>();

        private Lines(HttpResponse<Stream<String>> response) {
            this.response = response;
            Thread reader = new Thread(() -> response.body().forEach(received::add), "raw-http-lines");
            reader.setDaemon(true);
            reader.start();
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> received() {
            return received;
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    /** Status, headers and the body as sent. */
    public record Answer(int status, HttpHeaders headers, byte[] body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The body as text, as sent (no content coding undone). */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body with one gzip layer undone. */
        public String gunzipped() {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
