package org.entente.deploy.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * promtool accepts the alert rules and the local suite's Prometheus configuration, and the rules' unit
 * tests (alerts-test.yml) pass: each alert fires on its series, and not before its time. Skipped, loudly,
 * without promtool (Debian package prometheus; .ci/run installs it).
 */
class ObservabilityFilesTest {

    private static Path promtool;

    @BeforeAll
    static void findPromtool() {
        promtool = List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .map(dir -> Path.of(dir, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
        if (promtool == null) {
            System.err.println("\n*** SKIPPED: promtool is not installed (apt-get install prometheus): the alert rules in "
                    + "deploy/observability are NOT checked ***\n");
        }
        Assumptions.assumeTrue(promtool != null, "promtool is not installed: the alert rules are not checked");
    }

    @Test
    void promtoolAcceptsTheAlertRules() throws Exception {
        assertPromtool("check", "rules", "alerts.yml");
    }

    @Test
    void eachAlertFiresOnItsSeriesInThePromtoolUnitTests() throws Exception {
        assertPromtool("test", "rules", "alerts-test.yml");
    }

    @Test
    void promtoolAcceptsTheLocalSuitesPrometheusConfiguration() throws Exception {
        assertPromtool("check", "config", "--syntax-only", "prometheus.yml");
    }

    @Test
    void theRulesAndTheDashboardNameTheSuitesMetrics() {
        assertTrue(ObservedMetrics.ofAlerts().containsAll(List.of("entente_outbox_waiting_events",
                "entente_outbox_oldest_waiting_age_seconds", "entente_gateway_breaker_open", "entente_consumer_lag_records",
                "http_server_requests_seconds_count")), ObservedMetrics.ofAlerts().toString());
        assertTrue(ObservedMetrics.ofDashboard().containsAll(ObservedMetrics.ofAlerts()),
                "the dashboard shows what the alerts watch: " + ObservedMetrics.ofDashboard());
    }

    private static void assertPromtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(ObservedMetrics.DIRECTORY.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool ended");
        assertEquals(0, process.exitValue(), "promtool " + String.join(" ", arguments) + ":\n" + output);
    }
}
