package org.entente.platform.rest;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * Tells clients and caches what they may keep. A successful read ({@code 200}, {@code 304} to a {@code GET}
 * or {@code HEAD}) {@link #READ}, since it may depend on the token it was asked with: a client may keep it
 * and must revalidate it (with its ETag) before use, a shared cache must not keep it. Anything else (a
 * write's answer, a problem) {@link #NOTHING}. An answer that says already (a service's, passed on by the
 * gateway) keeps what it says. Every answer whose type is compressed ({@code entente.http.compressed-types}),
 * and every 304, also says that it varies with {@code Accept-Encoding}. Applied by {@link WrittenAnswers}.
 */
final class CacheHeaders {

    static final String READ = "private, no-cache";
    static final String NOTHING = "no-store";

    private CacheHeaders() {
    }

    static void add(RoutingContext context, List<String> compressedTypes) {
        MultiMap headers = context.response().headers();
        String type = mediaType(headers.get("Content-Type"));
        int status = context.response().getStatusCode();
        if (status == 304 || compressedTypes.contains(type)) {
            varyByEncoding(headers);
        }
        if (headers.contains("Cache-Control")) {
            return;
        }
        HttpMethod method = context.request().method();
        boolean read = (method == HttpMethod.GET || method == HttpMethod.HEAD) && (status == 200 || status == 304);
        headers.set("Cache-Control", read && !Problem.MEDIA_TYPE.equals(type) ? READ : NOTHING);
    }

    private static void varyByEncoding(MultiMap headers) {
        boolean named = headers.getAll("Vary").stream().flatMap(vary -> List.of(vary.split(",")).stream())
                .anyMatch(name -> name.trim().equalsIgnoreCase("Accept-Encoding") || name.trim().equals("*"));
        if (!named) {
            headers.add("Vary", "Accept-Encoding");
        }
    }

    /** {@code application/json} of {@code application/json;charset=UTF-8}; empty without a type. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase();
    }
}
