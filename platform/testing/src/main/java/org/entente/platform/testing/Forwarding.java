package org.entente.platform.testing;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The paths the application under test forwards to another service: the gateway's upstream prefixes
 * ({@code entente.gateway.upstreams.<name>.prefixes}). An exchange on such a path that the gateway's own
 * document does not hold is the upstream's, held to the upstream's document in that service's tests and end
 * to end; the gateway's tests of forwarding use stand-in upstreams with paths of their own.
 */
final class Forwarding {

    private static final String UPSTREAMS = "entente.gateway.upstreams.";

    private Forwarding() {
    }

    static boolean forwards(String path) {
        Config config = ConfigProvider.getConfig();
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(UPSTREAMS) && name.endsWith(".prefixes"))
                .flatMap(name -> config.getOptionalValues(name, String.class).orElse(List.of()).stream())
                .anyMatch(prefix -> matches(prefix.trim(), path));
    }

    /** A prefix matches the path itself and what is below it; {@code *} stands for one segment. */
    private static boolean matches(String prefix, String path) {
        String pattern = Pattern.quote(prefix).replace("*", "\\E[^/]+\\Q");
        return Pattern.matches(pattern + "(/.*)?", path);
    }
}
