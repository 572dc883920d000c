package org.entente.gateway.routing;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entente.gateway.upstream.GatewayConfig;

/** Which route a path belongs to: a service's (by its configured prefixes) or the gateway's own views. */
@Singleton
public class RouteTable {

    /** The gateway's own cross-service views. */
    public static final String VIEWS = "views";
    private static final Pattern VIEW_PATHS = Pattern.compile("^/api/v1/countries/[^/]+/(profile|ties/[^/]+)/?$");

    private final Map<String, Pattern> services = new LinkedHashMap<>();

    RouteTable(GatewayConfig config) {
        config.upstreams().forEach((name, upstream) -> services.put(name, Pattern.compile(regexOf(upstream))));
    }

    public Optional<String> routeOf(String path) {
        if (VIEW_PATHS.matcher(path).matches()) {
            return Optional.of(VIEWS);
        }
        return services.entrySet().stream().filter(e -> e.getValue().matcher(path).matches())
                .map(Map.Entry::getKey).findFirst();
    }

    String regexOf(String service) {
        return services.get(service).pattern();
    }

    /** Every prefix with everything below it; {@code *} in a prefix is one path segment. */
    private static String regexOf(GatewayConfig.Upstream upstream) {
        StringBuilder regex = new StringBuilder("^(");
        for (String prefix : upstream.prefixes()) {
            if (regex.length() > 2) {
                regex.append('|');
            }
            String[] parts = prefix.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append("[^/]+");
                }
                regex.append(Pattern.quote(parts[i]));
            }
        }
        return regex.append(")(/.*)?$").toString();
    }
}
