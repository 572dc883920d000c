package org.entente.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.entente.platform.infra.FreePorts;
import org.entente.platform.testing.OpenApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The four container images, as {@code ./mvnw package -Dimages} builds them, loaded into podman and run
 * against the local suite's infrastructure ({@code --infra-only}: PostgreSQL, Kafka, the MongoDB-protocol
 * store), each container with a read-only root file system, a memory limit and the host's network (the
 * infrastructure listens on the host's loopback). Everything goes through the containerised gateway.
 *
 * <p>Runs where podman is installed ({@code .ci/run} installs it, and the root pom's {@code podman-images}
 * profile then builds the images in the same {@code ./mvnw verify}); says SKIPPED otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerImagesIT {

    private static final List<String> SERVICES = List.of("alliance-service", "agreement-service", "exercise-service", "gateway");
    private static final String MEMORY = "400m";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String version = System.getProperty("entente.version", "0.1.0-SNAPSHOT");
    private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private final List<String> containers = new ArrayList<>();
    private LauncherProcess infrastructure;
    private Path dataDir;

    private String image(String service) {
        return "localhost/entente/" + service + ":" + version;
    }

    private String gateway() {
        return "http://127.0.0.1:" + servicePorts.get("gateway");
    }

    @BeforeAll
    void runTheImagesAgainstTheLocalInfrastructure() throws Exception {
        skipUnless(Podman.installed(), "podman is not installed (Debian: apt-get install podman runc catatonit)");
        List<Path> tars = SERVICES.stream().map(s -> LauncherProcess.REPOSITORY.resolve(s).resolve("target/jib-image.tar")).toList();
        skipUnless(tars.stream().allMatch(Files::isRegularFile), "the images are not built (" + tars.get(0)
                + " ...): ./mvnw package -Dimages, or ./mvnw verify with podman installed");

        for (int i = 0; i < SERVICES.size(); i++) {
            long started = System.nanoTime();
            Podman.run("load", "-q", "-i", tars.get(i).toString());
            System.out.printf("Image %s: tarball %d MB, loaded in %.1f s%n", image(SERVICES.get(i)),
                    Files.size(tars.get(i)) / (1024 * 1024), (System.nanoTime() - started) / 1e9);
        }

        dataDir = Files.createTempDirectory("entente-images-");
        infrastructure = LauncherProcess.startInfrastructure(LauncherProcess.freePorts(), dataDir);
        infrastructure.awaitUp(Duration.ofMinutes(2));
        SERVICES.forEach(service -> servicePorts.put(service, FreePorts.pick()));

        Map<String, String> common = new LinkedHashMap<>();
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/keys/public-key.pem");
        common.put("MP_JWT_VERIFY_ISSUER", "https://entente.local/issuer");
        common.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + infrastructure.ports.get("KAFKA"));
        common.put("ENTENTE_REFERENCE_DATA_LOAD_ON_EMPTY", "true");
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put("alliance-service", Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:" + infrastructure.ports.get("PG") + "/alliances"));
        settings.put("agreement-service", Map.of("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:" + infrastructure.ports.get("PG") + "/agreements"));
        settings.put("exercise-service", Map.of("QUARKUS_MONGODB_CONNECTION_STRING",
                "mongodb://127.0.0.1:" + infrastructure.ports.get("MONGO")));
        settings.put("gateway", Map.of(
                "ENTENTE_GATEWAY_UPSTREAMS_ALLIANCE_SERVICE_URLS", "http://127.0.0.1:" + servicePorts.get("alliance-service"),
                "ENTENTE_GATEWAY_UPSTREAMS_AGREEMENT_SERVICE_URLS", "http://127.0.0.1:" + servicePorts.get("agreement-service"),
                "ENTENTE_GATEWAY_UPSTREAMS_EXERCISE_SERVICE_URLS", "http://127.0.0.1:" + servicePorts.get("exercise-service")));

        long started = System.nanoTime();
        for (String service : SERVICES) {
            String name = "entente-it-" + service + "-" + UUID.randomUUID().toString().substring(0, 8);
            List<String> run = new ArrayList<>(List.of("run", "-d", "--name", name, "--network", "host",
                    "--read-only", "--tmpfs", "/tmp", "--memory", MEMORY,
                    "-v", dataDir.resolve("keys") + ":/keys:ro",
                    "-e", "QUARKUS_HTTP_HOST=127.0.0.1", "-e", "QUARKUS_HTTP_PORT=" + servicePorts.get(service)));
            run.addAll(Podman.LIMITS);
            Map<String, String> env = new LinkedHashMap<>(common);
            env.putAll(settings.get(service));
            env.forEach((key, value) -> run.addAll(List.of("-e", key + "=" + value)));
            run.add(image(service));
            Podman.run(run);
            containers.add(name);
        }
        try {
            Awaitility.await("the containerised gateway and the three services behind it are ready")
                    .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> given().baseUri(gateway()).get("/q/health/ready").then().statusCode(200).extract()
                            .<Map<String, String>>path("checks.find { it.name == 'Upstream services' }.data").values().stream()
                            .allMatch("UP"::equals));
            OpenApiContract.holdTo(gateway(), "/openapi/all"); // every exchange, held to the whole suite's document
        } catch (RuntimeException e) {
            containers.forEach(c -> System.out.println("--- podman logs " + c + "\n" + Podman.run("logs", c)));
            throw e;
        }
        System.out.printf("Containers: all four ready %.1f s after the first podman run%n", (System.nanoTime() - started) / 1e9);
    }

    private static void skipUnless(boolean condition, String why) {
        if (!condition) {
            System.out.println("SKIPPED: ContainerImagesIT: " + why);
        }
        Assumptions.assumeTrue(condition, why);
    }

    @AfterAll
    void removeTheContainers() throws Exception {
        for (String container : containers) {
            Podman.run("rm", "-f", "-t", "5", container);
        }
        if (infrastructure != null) {
            infrastructure.terminate();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void eachImageRunsAsItsNonRootUserListeningOn8080WithItsLabels() {
        for (String service : SERVICES) {
            String config = Podman.run("image", "inspect", "--format",
                    "{{.Config.User}}|{{.Config.WorkingDir}}|{{index .Config.Labels \"org.opencontainers.image.version\"}}"
                            + "|{{index .Config.Labels \"org.opencontainers.image.title\"}}|{{json .Config.ExposedPorts}}", image(service)).trim();
            assertEquals("1001:0|/work|" + version + "|" + service + "|{\"8080/tcp\":{}}", config, service);
        }
    }

    @Test
    void theContainerisedGatewayReportsEveryServiceUp() {
        given().baseUri(gateway()).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Upstream services' }.data.'alliance-service'", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.'agreement-service'", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.'exercise-service'", equalTo("UP"));
    }

    @Test
    void aReaderListsTheReferenceAlliancesThroughTheContainerisedGateway() throws Exception {
        given().baseUri(gateway()).auth().oauth2(infrastructure.token("reader")).get("/api/v1/alliances?limit=50")
                .then().statusCode(200).body("items.code", hasItem("NATO"));
        given().baseUri(gateway()).get("/api/v1/alliances").then().statusCode(401);
    }

    @Test
    void anExercisePlannedThroughTheGatewayArrivesOnTheLiveStream() throws Exception {
        try (LiveStream stream = LiveStream.open(gateway() + "/api/v1/exercises/events?country=ISL", infrastructure.token("reader"))) {
            assertEquals(200, stream.status());
            String id = given().baseUri(gateway()).auth().oauth2(infrastructure.token("editor")).contentType("application/json")
                    .body("""
                            {"name": "Northern Viking %s", "hosts": ["ISL"], "region": "EURO_ATLANTIC", "start": "2031-04", "end": "2031-04",
                             "participants": [{"country": "ISL", "role": "HOST"}, {"country": "USA", "role": "PARTICIPANT"}]}"""
                            .formatted(UUID.randomUUID()))
                    .post("/api/v1/exercises").then().statusCode(201).extract().path("id");
            boolean planned = stream.awaitLine(line -> line.startsWith("data:") && line.contains(id), Duration.ofSeconds(30));
            assertTrue(planned, "the planned exercise " + id + " arrived on the stream through the gateway: " + stream.unread());
        }
    }

    @Test
    void theImagesLogJsonLinesAndTheGatewaysLineOfARequestCarriesItsRequestTraceAndSpanIds() throws Exception {
        String requestId = "json-log-" + UUID.randomUUID();
        given().baseUri(gateway()).auth().oauth2(infrastructure.token("reader")).header("X-Request-Id", requestId)
                .get("/api/v1/alliances?limit=1").then().statusCode(200);
        String gateway = containers.get(SERVICES.indexOf("gateway"));
        JsonNode access = Awaitility.await("the gateway's access line of " + requestId).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jsonLines(gateway).stream().filter(line -> line.path("message").asText().contains(requestId)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();

        assertEquals("org.entente.gateway.access", access.path("loggerName").asText());
        assertEquals(requestId, access.path("mdc").path("requestId").asText(), access.toString());
        assertTrue(access.path("mdc").path("traceId").asText().matches("[0-9a-f]{32}"), "a trace id: " + access);
        assertTrue(access.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"), "a span id: " + access);
        for (String container : containers) {
            assertTrue(jsonLines(container).size() > 3, container + " logs its start");
        }
    }

    /** The container's log, every line of which (but the JVM's note) must be a JSON object with a time, a level and a message. */
    private static List<JsonNode> jsonLines(String container) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Podman.run("logs", container).split("\n")) {
            if (line.isBlank() || line.startsWith("Picked up JAVA_TOOL_OPTIONS:")) {
                continue; // the JVM's own note of the image's heap settings, on stderr, which collectors tell apart
            }
            JsonNode node = JSON.readTree(line);
            assertTrue(node.isObject() && node.has("timestamp") && node.has("level") && node.has("message"),
                    container + " logs a line that is not a JSON log record: " + line);
            lines.add(node);
        }
        return lines;
    }
}
