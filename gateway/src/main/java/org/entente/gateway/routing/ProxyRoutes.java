package org.entente.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.regex.Pattern;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.entente.platform.rest.RouteProblems;
import org.jboss.logging.Logger;

/**
 * Forwards each service's path prefixes to it, unchanged, after checking the bearer token; and
 * serves each service's OpenAPI document at {@code /openapi/<service>} for the Swagger UI.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final EdgeAuthentication authentication;

    ProxyRoutes(GatewayConfig config, EdgeAuthentication authentication) {
        this.config = config;
        this.authentication = authentication;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // frees a connection whose request hangs after its 504; longer than any stream's heartbeat
                .setIdleTimeout(60));
        config.upstreams().forEach((name, upstream) -> {
            URI url = upstream.url();
            HttpProxy api = HttpProxy.reverseProxy(client)
                    .origin(port(url), url.getHost())
                    .addInterceptor(new ForwardedHeaders())
                    .addInterceptor(new ResponseDeadline(vertx, name, upstream.responseTimeout()))
                    .addInterceptor(new UpstreamProblems(name));
            for (String prefix : upstream.prefixes()) {
                router.routeWithRegex(prefixRegex(prefix)).handler(context -> forwardAuthenticated(context, api));
            }
            HttpProxy openapi = HttpProxy.reverseProxy(client)
                    .origin(port(url), url.getHost())
                    .addInterceptor(rewriteTo(upstream.openapiPath()))
                    .addInterceptor(new ResponseDeadline(vertx, name, upstream.responseTimeout()))
                    .addInterceptor(new UpstreamProblems(name));
            router.get("/openapi/" + name).handler(context -> openapi.handle(context.request()));
            LOG.infof("Routing %s to %s at %s", upstream.prefixes(), name, url);
        });
        router.get("/").handler(context -> context.redirect("/q/swagger-ui/"));
    }

    private void forwardAuthenticated(RoutingContext context, HttpProxy proxy) {
        context.request().pause(); // keep the body for the service while the token is checked
        authentication.verify(context).onComplete(verified -> {
            if (verified.succeeded()) {
                proxy.handle(context.request());
            } else {
                context.request().resume();
                String detail = verified.cause() instanceof EdgeAuthentication.InvalidToken
                        ? verified.cause().getMessage() : "The bearer token could not be checked";
                RouteProblems.write(context, Problem.of(401, detail, context.request().path(),
                        RequestIds.of(context.request())));
            }
        });
    }

    private static ProxyInterceptor rewriteTo(String path) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                context.request().setURI(path);
                context.request().headers().remove("Authorization");
                return context.sendRequest();
            }
        };
    }

    /** {@code /api/v1/countries/*}{@code /alliances}: the prefix and everything below it; {@code *} is one path segment. */
    static String prefixRegex(String prefix) {
        StringBuilder regex = new StringBuilder("^");
        String[] parts = prefix.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return regex.append("(/.*)?$").toString();
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
