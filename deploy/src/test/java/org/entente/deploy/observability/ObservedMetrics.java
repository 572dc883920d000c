package org.entente.deploy.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names deploy/observability's alert rules and dashboard use, read from their PromQL. */
public final class ObservedMetrics {

    /** Where the files are, from the deploy module's directory (where Maven runs its tests). */
    public static final Path DIRECTORY = Path.of("observability");
    /** The suite's own metrics and Quarkus's HTTP ones; {@code up} is Prometheus's, about a scrape, not in one. */
    private static final Pattern NAME = Pattern.compile("\\b((?:entente|http_server)_[a-z0-9_]+)\\b");

    private ObservedMetrics() {
    }

    public static Set<String> ofAlerts() {
        return namesIn(DIRECTORY.resolve("alerts.yml"));
    }

    public static Set<String> ofDashboard() {
        return namesIn(DIRECTORY.resolve("grafana-dashboard.json"));
    }

    private static Set<String> namesIn(Path file) {
        try {
            Set<String> names = new TreeSet<>();
            for (String line : Files.readAllLines(file)) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                Matcher m = NAME.matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
