package org.entente.deploy.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.deploy.LocalSuite;
import org.entente.deploy.OtlpReceiver;
import org.entente.deploy.SuiteSettings;
import org.entente.platform.infra.FreePorts;

/**
 * Prints what the gateway costs: {@code GET /api/v1/alliances/{id}} straight to alliance-service,
 * through the gateway, and through nginx set up as a plain reverse proxy to the same service, in
 * alternating rounds on the same suite, with the CPU each process spends per request and the ratios to the
 * targets; then the country profile and ties views against the slowest of the reads each makes, and the live
 * stream's write-to-client latency straight to exercise-service and through the gateway. Run with
 * {@code deploy/bench/gateway.sh}, which installs nginx if it is missing. Figures, not assertions.
 */
public final class GatewayBenchmark {

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("threads", 8);
        int rounds = Integer.getInteger("rounds", 2);
        Duration duration = Duration.ofSeconds(Long.getLong("seconds", 20));
        Path nginxDir = Files.createTempDirectory("entente-bench-nginx-");
        // -Dtracing=true: traces exported to a loopback collector, a -Dsampling share of them (default 1.0, every request);
        // -Dtracing=none: the OpenTelemetry SDK switched off, to show what the default (nothing recorded) costs
        String tracingMode = System.getProperty("tracing", "default");
        boolean tracing = tracingMode.equals("true");
        String sampling = System.getProperty("sampling", "1.0");
        String tracingOptions = switch (tracingMode) {
            case "true" -> " -Dentente.tracing.export=true -Dentente.tracing.sampling=" + sampling
                    + " -Dquarkus.otel.exporter.otlp.protocol=http/protobuf";
            case "none" -> " -Dquarkus.otel.sdk.disabled=true";
            default -> "";
        };
        // -Daccess-log=off and -Drate-limits=off show what the gateway's access line and rate limits cost
        boolean accessLog = !System.getProperty("access-log", "on").equals("off");
        boolean rateLimits = !System.getProperty("rate-limits", "on").equals("off");
        String edgeOptions = (accessLog ? "" : " -Dquarkus.log.category.\"org.entente.gateway.access\".level=OFF")
                + (rateLimits ? "" : " -Dentente.gateway.rate-limit.enabled=false");
        try (OtlpReceiver collector = new OtlpReceiver(); LocalSuite suite = BenchmarkSuite.start(SuiteSettings.DEFAULT_JAVA_OPTIONS
                + tracingOptions + edgeOptions + (tracing ? " -Dquarkus.otel.exporter.otlp.endpoint=" + collector.endpoint() : ""))) {
            String token = suite.token("reader");
            String service = suite.endpoint("alliance-service");
            String gateway = suite.endpoint("gateway");
            String path = "/api/v1/alliances/" + ServiceBenchmark.idOf(service + "/api/v1/alliances/NATO", token);
            Process nginx = startNginx(nginxDir, service);
            try {
                String proxied = "http://127.0.0.1:" + nginxPort;
                awaitAnswer(proxied + path, token);
                System.out.printf("%nGateway benchmark: GET %s (NATO), %d client threads, %d s per run, %d rounds, %d cores, tracing %s%n",
                        "/api/v1/alliances/{id}", threads, duration.toSeconds(), rounds, Runtime.getRuntime().availableProcessors(),
                        tracing ? "exported over OTLP, sampling " + sampling : tracingMode.equals("none")
                                ? "none (OpenTelemetry SDK disabled)" : "not recorded (the default)");
                System.out.printf("The gateway's access log %s, its rate limits %s%n", accessLog ? "on" : "off",
                        rateLimits ? "on (high enough not to refuse)" : "off");
                for (String base : new String[] {service, gateway, proxied}) {
                    ServiceBenchmark.load(base + path, token, threads, Duration.ofSeconds(5)); // warm-up
                }
                for (int round = 1; round <= rounds; round++) {
                    System.out.printf(" round %d%n", round);
                    int direct = measure("direct to alliance-service", service + path, token, threads, duration, suite, nginx);
                    int throughGateway = measure("through the gateway", gateway + path, token, threads, duration, suite, nginx);
                    int throughNginx = measure("through nginx (plain reverse proxy)", proxied + path, token, threads, duration, suite, nginx);
                    System.out.printf("  gateway / nginx %.2f (target 0.90), gateway / direct %.2f (target 0.85)%n",
                            throughGateway / (double) throughNginx, throughGateway / (double) direct);
                }
            } finally {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            if (Boolean.getBoolean("proxied-only")) { // -Dproxied-only=true: the rounds above and nothing more
                return;
            }
            String alliances = service;
            String agreements = suite.endpoint("agreement-service");
            String exercises = suite.endpoint("exercise-service");
            view("Country profile view (GET /api/v1/countries/JPN/profile: four reads of three services in parallel)",
                    gateway + "/api/v1/countries/JPN/profile?asOf=2025-01-01", token, threads, duration, List.of(
                            alliances + "/api/v1/countries/JPN/alliances",
                            agreements + "/api/v1/countries/JPN/agreements?inForceOn=2025-01-01",
                            exercises + "/api/v1/exercises?country=JPN&to=2025-01-01&sort=-start&limit=10",
                            exercises + "/api/v1/exercises?country=JPN&from=2025-01-02&sort=start&limit=200"));
            view("Ties view (GET /api/v1/countries/USA/ties/JPN: four reads of three services in parallel)",
                    gateway + "/api/v1/countries/USA/ties/JPN?asOf=2025-01-01", token, threads, duration, List.of(
                            alliances + "/api/v1/countries/USA/alliances",
                            alliances + "/api/v1/countries/JPN/alliances",
                            agreements + "/api/v1/countries/USA/agreements?inForceOn=2025-01-01",
                            exercises + "/api/v1/exercises?country=USA&country=JPN&to=2025-01-01&sort=-start&limit=200"));
            int changes = Integer.getInteger("changes", 200);
            String editor = suite.token("editor");
            String name = "Bench " + System.nanoTime(); // planned, so it may change (a completed exercise does not)
            ServiceBenchmark.post(exercises + "/api/v1/exercises", editor, """
                    {"name": "%s", "hosts": ["AUS"], "types": ["SEA"], "region": "INDO_PACIFIC", "start": "2031-03-01",
                     "end": "2031-03-10", "participants": [{"country": "AUS", "role": "HOST"}, {"country": "JPN", "role": "PARTICIPANT"}]}"""
                    .formatted(name));
            String exercise = "/api/v1/exercises/" + ServiceBenchmark.idOf(exercises + "/api/v1/exercises?limit=1&q="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8), token);
            System.out.printf("%nLive stream (GET /api/v1/exercises/events): each PATCH of an exercise to its event at the client%n");
            ExerciseServiceBenchmark.report("straight to exercise-service",
                    ExerciseServiceBenchmark.liveStreamLatency(exercises, exercises + exercise, editor, changes));
            ExerciseServiceBenchmark.report("through the gateway",
                    ExerciseServiceBenchmark.liveStreamLatency(gateway, gateway + exercise, editor, changes));
            if (tracing) {
                System.out.printf("%nSpans exported to the loopback collector: %,d%n", collector.spans().size());
            }
        }
    }

    /**
     * The view's latency against its slowest single read, each read straight to its service, the way the
     * view makes it; one client, then {@code threads}.
     */
    private static void view(String title, String view, String token, int threads, Duration duration, List<String> reads)
            throws Exception {
        System.out.printf("%n%s%n", title);
        for (int clients : new int[] {1, threads}) {
            double slowest = 0;
            Duration each = Duration.ofSeconds(Math.max(3, duration.toSeconds() / reads.size()));
            for (String read : reads) {
                ServiceBenchmark.load(read, token, clients, Duration.ofSeconds(2)); // warm-up
                long[] nanos = ServiceBenchmark.load(read, token, clients, each);
                slowest = Math.max(slowest, ServiceBenchmark.percentile(nanos, 50));
                ServiceBenchmark.report("  alone: " + read.replaceFirst("^http://[^/]+", ""), nanos, each);
            }
            ServiceBenchmark.load(view, token, clients, Duration.ofSeconds(2));
            long[] nanos = ServiceBenchmark.load(view, token, clients, duration);
            ServiceBenchmark.report("the view, " + clients + (clients == 1 ? " client" : " clients"), nanos, duration);
            System.out.printf("  view p50 / slowest read's p50 %.1f (target at most 2.0)%n", ServiceBenchmark.percentile(nanos, 50) / slowest);
        }
    }

    /**
     * Loads one URL, prints its figures and the CPU each process on the path spent per request, and
     * returns the number of requests answered.
     */
    private static int measure(String what, String url, String token, int threads, Duration duration, LocalSuite suite,
                               Process nginx) throws Exception {
        Map<String, Double> before = cpuSeconds(suite, nginx);
        long[] nanos = ServiceBenchmark.load(url, token, threads, duration);
        Map<String, Double> after = cpuSeconds(suite, nginx);
        ServiceBenchmark.report(what, nanos, duration);
        StringBuilder line = new StringBuilder("    CPU per request:");
        after.forEach((process, seconds) -> {
            double micros = (seconds - before.getOrDefault(process, 0.0)) * 1e6 / nanos.length;
            if (micros >= 1) {
                line.append(String.format(" %s %.0f µs,", process, micros));
            }
        });
        System.out.println(line.substring(0, line.length() - 1));
        return nanos.length;
    }

    private static Map<String, Double> cpuSeconds(LocalSuite suite, Process nginx) {
        Map<String, Double> cpu = ProcessCpu.seconds(suite);
        cpu.remove("agreement-service");
        cpu.remove("exercise-service");
        cpu.remove("launcher (Kafka, MongoDB store)"); // this process, which also runs the load
        cpu.put("nginx", ProcessCpu.withDescendants(nginx.toHandle()));
        return cpu;
    }

    private static int nginxPort;

    /** nginx as a plain reverse proxy with kept-alive upstream connections, as one would deploy it. */
    private static Process startNginx(Path directory, String service) throws Exception {
        Files.createDirectories(directory.resolve("logs"));
        nginxPort = FreePorts.pick();
        String upstream = service.replaceFirst("^http://", "");
        Files.writeString(directory.resolve("nginx.conf"), """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  upstream alliance { server %2$s; keepalive 64; }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://alliance;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    }
                  }
                }
                """.formatted(directory, upstream, nginxPort));
        return new ProcessBuilder("nginx", "-p", directory.toString(), "-c", directory.resolve("nginx.conf").toString(),
                "-g", "daemon off;").inheritIO().start();
    }

    private static void awaitAnswer(String url, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                ServiceBenchmark.idOf(url, token);
                return;
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}
