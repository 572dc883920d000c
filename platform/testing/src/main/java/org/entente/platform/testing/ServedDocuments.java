package org.entente.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The documents a running application serves (OpenAPI, AsyncAPI), read as the contracts need them. */
final class ServedDocuments {

    /** HTTP/1.1: the JDK client's default upgrade attempt to HTTP/2 over plain HTTP broke on Vert.x once in a while. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServedDocuments() {
    }

    /** The document at {@code url}; an AssertionError when there is none. */
    static String read(String url) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("No document at " + url + ": " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new AssertionError("Cannot read the document at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted reading the document at " + url, e);
        }
    }
}
