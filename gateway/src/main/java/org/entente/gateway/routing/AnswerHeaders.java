package org.entente.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.gateway.upstream.Instance;
import org.entente.gateway.upstream.Upstream;

/**
 * A service's answer headers as the client gets them. An absolute URL that names one of the service's
 * instances ({@code Location} of a 201, {@code Link} to the next page: the service builds them from the
 * Host it was asked at) names the gateway instead, as {@link ClientOrigin} gives it; any instance, as an
 * answer recorded by one (an {@code Idempotency-Key} replay) may be sent by another. A header the gateway
 * has already put on its answer ({@code X-Request-Id}, {@code RateLimit-*}) is not repeated.
 *
 * <p>The service's {@code Content-Encoding} is the answer's: the body is passed on as the service encoded it
 * for the client's {@code Accept-Encoding}, and replaces the {@code identity} with which Quarkus marks every
 * answer of the gateway not to be compressed. Without one, that mark stays: what the service sent
 * uncompressed (the live stream above all) the gateway does not compress either (only a problem, as every
 * problem is: {@code CompressionMarks}), so nothing is compressed twice or decompressed on the way, and no
 * event waits in a compressor.
 */
final class AnswerHeaders implements ProxyInterceptor {

    private static final String CONTENT_ENCODING = "Content-Encoding";

    private final List<Pattern> instanceOrigins;

    AnswerHeaders(Upstream upstream) {
        this.instanceOrigins = upstream.instances().stream().map(AnswerHeaders::originOf).toList();
    }

    /** {@code http://127.0.0.1:8081}, the port optional when it is the scheme's default, up to the path. */
    private static Pattern originOf(Instance instance) {
        String scheme = instance.url().getScheme();
        boolean defaultPort = instance.port() == ("https".equals(scheme) ? 443 : 80);
        String port = Pattern.quote(":" + instance.port()) + (defaultPort ? "?" : "");
        return Pattern.compile("(?i)" + Pattern.quote(scheme + "://" + instance.host()) + "(?:" + port + ")"
                + "(?=[/?#>;,\"\\s]|$)");
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HttpServerRequest request = context.request().proxiedRequest();
        MultiMap headers = context.response().headers();
        if (headers.contains(CONTENT_ENCODING)) {
            request.response().headers().remove(CONTENT_ENCODING); // the proxy adds the service's beside the mark
        }
        request.response().headers().names().forEach(headers::remove);
        String gateway = Matcher.quoteReplacement(ClientOrigin.of(request));
        for (String name : Set.copyOf(headers.names())) {
            List<String> values = headers.getAll(name);
            List<String> told = values.stream().map(value -> toldOfGateway(value, gateway)).toList();
            if (!told.equals(values)) {
                headers.set(name, told);
            }
        }
        return context.sendResponse();
    }

    private String toldOfGateway(String value, String gateway) {
        for (Pattern origin : instanceOrigins) {
            value = origin.matcher(value).replaceAll(gateway);
        }
        return value;
    }
}
