package org.entente.deploy.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.entente.deploy.SuiteSettings;
import org.entente.platform.tokens.SigningKeys;
import org.entente.platform.tokens.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules deploy/compose/compose.yaml keeps, read from the file as Compose reads it, and the two small
 * programs it runs (setup/Setup.java and healthcheck/HealthCheck.java) run here on this JDK. Whether Compose
 * itself accepts the file is checked with docker-compose or docker compose where one is installed.
 */
class ComposeFileTest {

    private static final List<String> PROJECT_SERVICES = List.of("alliance-service", "agreement-service", "exercise-service", "gateway");
    private static final List<String> KAFKA_CLIENTS = List.of("alliance-service", "agreement-service", "exercise-service");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|JAAS|CREDENTIAL|TOKEN|PRIVATE).*");
    private static final Pattern URI_PASSWORD = Pattern.compile("://[^/@:\\s]+:([^@\\s]+)@");
    private static final String REFERENCE = "VARIABLE_REFERENCE";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path repository;
    private static Path compose;
    private static JsonNode file;
    private static JsonNode services;
    private static Map<String, String> envExample;

    @BeforeAll
    static void readTheComposeFile() throws IOException {
        repository = SuiteSettings.findRepository(Path.of("").toAbsolutePath());
        compose = repository.resolve("deploy/compose");
        file = YAML.readTree(compose.resolve("compose.yaml").toFile());
        services = file.path("services");
        envExample = dotEnv(compose.resolve(".env.example"));
        assertTrue(services.isObject() && services.size() > 0, "compose.yaml has services");
    }

    // --- health and start order ------------------------------------------------------------------------------

    @Test
    void everyServiceThatKeepsRunningHasAHealthcheckAndOnlyOneShotJobsHaveNone() {
        for (String name : names(services)) {
            JsonNode service = services.get(name);
            JsonNode test = service.path("healthcheck").path("test");
            boolean hasHealthcheck = test.isArray() && test.size() > 0 && !"NONE".equals(test.get(0).asText())
                    && !service.path("healthcheck").path("disable").asBoolean(false);
            if (!hasHealthcheck) {
                assertTrue(isOneShotJob(name), name + " has no healthcheck, yet it is not a one-shot job (restart: \"no\","
                        + " awaited with service_completed_successfully)");
            }
        }
        assertEquals(Set.of("setup", "kafka-topics"), oneShotJobs(), "the one-shot jobs");
    }

    @Test
    void everyDependencyWaitsUntilHealthyOrForAOneShotJobToComplete() {
        for (String name : names(services)) {
            JsonNode dependsOn = services.get(name).path("depends_on");
            if (dependsOn.isMissingNode()) {
                continue;
            }
            assertTrue(dependsOn.isObject(), name + ": depends_on in the long form, with a condition for each");
            for (String dependency : names(dependsOn)) {
                assertTrue(services.has(dependency), name + " depends on " + dependency + ", which is not a service");
                String condition = dependsOn.get(dependency).path("condition").asText();
                if (isOneShotJob(dependency)) {
                    assertEquals("service_completed_successfully", condition, name + " waits for the job " + dependency);
                } else {
                    assertEquals("service_healthy", condition, name + " waits for " + dependency);
                }
            }
        }
    }

    @Test
    void servicesWaitForTheirInfrastructureAndTheGatewayWaitsForTheServices() {
        Set<String> common = Set.of("setup", "kafka", "kafka-topics");
        assertEquals(union(common, Set.of("postgres")), dependencies("alliance-service"));
        assertEquals(union(common, Set.of("postgres")), dependencies("agreement-service"));
        assertEquals(union(common, Set.of("mongo")), dependencies("exercise-service"));
        assertEquals(Set.of("setup", "alliance-service", "agreement-service", "exercise-service"), dependencies("gateway"));
        assertEquals(Set.of("setup"), dependencies("mongo"), "MongoDB needs its key file");
        assertEquals(Set.of("kafka"), dependencies("kafka-topics"));
    }

    @Test
    void theProjectServicesCheckTheirReadinessWithTheCompiledHealthCheckOnPort8080() {
        for (String name : PROJECT_SERVICES) {
            List<String> test = strings(services.get(name).path("healthcheck").path("test"));
            assertEquals("CMD", test.get(0), name + ": exec form, the images have no shell");
            assertEquals("java", test.get(1), name + ": the image's own JVM");
            int classpath = test.indexOf("-cp");
            assertTrue(classpath > 0, name + " runs the health check from a classpath");
            assertEquals("/healthcheck", test.get(classpath + 1));
            assertEquals("HealthCheck", test.get(classpath + 2));
            assertEquals("http://127.0.0.1:8080/q/health/ready", test.get(classpath + 3));
            assertTrue(mounts(name).contains("healthcheck:/healthcheck:ro"), name + " mounts the compiled health check read-only");
        }
        JsonNode setup = services.get("setup");
        assertTrue(mounts("setup").contains("healthcheck:/healthcheck"), "setup compiles into the healthcheck volume");
        assertEquals("/healthcheck", environment(setup).get("ENTENTE_HEALTHCHECK_CLASSES"));
        assertTrue(mounts("setup").contains("./healthcheck:/healthcheck-source:ro"));
        assertEquals("/healthcheck-source/HealthCheck.java", environment(setup).get("ENTENTE_HEALTHCHECK_SOURCE"));
        assertTrue(Files.exists(compose.resolve("healthcheck/HealthCheck.java")));
    }

    // --- volumes, ports, credentials ---------------------------------------------------------------------------

    @Test
    void postgresMongoAndKafkaKeepTheirDataInNamedVolumes() {
        assertTrue(mounts("postgres").contains("postgres-data:/var/lib/postgresql/data"));
        assertTrue(mounts("mongo").contains("mongo-data:/data/db"));
        assertTrue(mounts("kafka").contains("kafka-data:/var/lib/kafka/data"));
        assertEquals("/var/lib/kafka/data", environment(services.get("kafka")).get("KAFKA_LOG_DIRS"),
                "Kafka writes its log where the volume is (the image's default is /tmp)");
    }

    @Test
    void everyNamedVolumeIsDeclaredAndEveryDeclaredOneIsUsed() {
        Set<String> declared = new TreeSet<>(names(file.path("volumes")));
        Set<String> used = new TreeSet<>();
        for (String name : names(services)) {
            for (String mount : mounts(name)) {
                String source = mount.split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    used.add(source);
                }
            }
        }
        assertEquals(declared, used);
        assertTrue(declared.containsAll(Set.of("postgres-data", "mongo-data", "kafka-data", "jwt-keys")), "declared: " + declared);
    }

    @Test
    void theFilesTheContainersMountAreInTheRepository() {
        for (String name : names(services)) {
            for (String mount : mounts(name)) {
                if (mount.startsWith("./")) {
                    Path source = compose.resolve(mount.split(":")[0]);
                    assertTrue(Files.exists(source), name + " mounts " + source + ", which does not exist");
                }
            }
        }
    }

    @Test
    void onlyTheGatewayPublishesAPortBoundToLoopbackByDefault() {
        for (String name : names(services)) {
            if (!name.equals("gateway")) {
                assertFalse(services.get(name).has("ports"), name + " publishes a port; only the gateway may");
            }
        }
        List<String> ports = strings(services.get("gateway").path("ports"));
        assertEquals(1, ports.size(), "the gateway publishes one port");
        String port = ports.get(0);
        assertEquals("127.0.0.1:8080:8080", resolve(port, Map.of()), "without any settings");
        assertEquals("127.0.0.1:8080:8080", resolve(port, envExample), "with .env.example");
        assertEquals("127.0.0.1:9999:8080", resolve(port, Map.of("ENTENTE_GATEWAY_PORT", "9999")), "ENTENTE_GATEWAY_PORT moves it");
    }

    @Test
    void noPasswordOrSecretIsWrittenIntoTheComposeFiles() throws IOException {
        JsonNode external = YAML.readTree(compose.resolve("compose.external.yaml").toFile()).path("services");
        for (JsonNode all : List.of(services, external)) {
            for (String name : names(all)) {
                environment(all.get(name)).forEach((key, value) -> {
                    if (SECRET_NAME.matcher(key).matches()) {
                        assertTrue(value.matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:\\?[^}]*)?}"), name + ": " + key + "=" + value
                                + " is written in the file; it must come from the environment or .env, with no default");
                    }
                    // a URL's user and password: each ${...} stands for itself, defaults and messages left out
                    Matcher password = URI_PASSWORD.matcher(VARIABLE.matcher(value).replaceAll(m ->
                            m.group(2) != null && m.group(2).endsWith("-") ? "default" : REFERENCE));
                    while (password.find()) {
                        assertEquals(REFERENCE, password.group(1), name + ": the password in " + key + " is written in the file");
                    }
                });
            }
        }
    }

    @Test
    void everyVariableComposeInsistsOnIsInTheEnvExample() throws IOException {
        String yaml = Files.readString(compose.resolve("compose.yaml"));
        Matcher variable = VARIABLE.matcher(yaml.replace("$$", ""));
        Set<String> missing = new TreeSet<>();
        while (variable.find()) {
            boolean hasDefault = variable.group(2) != null && variable.group(2).endsWith("-");
            if (!hasDefault && !envExample.containsKey(variable.group(1))) {
                missing.add(variable.group(1));
            }
        }
        assertEquals(Set.of(), missing, "variables without a default that .env.example does not set");
        assertEquals("entente", envExample.get("COMPOSE_PROJECT_NAME"), "volumes are entente_<name>");
    }

    // --- what each project service is told ---------------------------------------------------------------------

    @Test
    void theProjectImagesAreTheFourModulesTaggedWithTheProjectVersion() {
        for (String name : PROJECT_SERVICES) {
            assertEquals("entente/" + name + ":0.1.0-SNAPSHOT", resolve(services.get(name).path("image").asText(), Map.of()));
        }
    }

    @Test
    void thePostgresqlServicesEachGetTheirOwnDatabaseWhichTheInitScriptCreates() throws IOException {
        String initSql = Files.readString(compose.resolve("postgres/init.sql"));
        assertTrue(mounts("postgres").contains("./postgres/init.sql:/docker-entrypoint-initdb.d/init.sql:ro"));
        Map<String, String> databases = Map.of("alliance-service", "alliances", "agreement-service", "agreements");
        databases.forEach((name, database) -> {
            Map<String, String> env = environment(services.get(name));
            assertEquals("jdbc:postgresql://postgres:5432/" + database, env.get("QUARKUS_DATASOURCE_JDBC_URL"), name);
            assertEquals(resolve("${ENTENTE_DB_USER:-entente}", envExample), resolve(env.get("QUARKUS_DATASOURCE_USERNAME"), envExample), name);
            assertEquals("${ENTENTE_DB_PASSWORD", env.get("QUARKUS_DATASOURCE_PASSWORD").split(":")[0], name);
            assertTrue(initSql.contains("CREATE DATABASE " + database + " OWNER :\"app_user\""), "init.sql creates " + database);
        });
        Map<String, String> postgres = environment(services.get("postgres"));
        assertEquals(environment(services.get("alliance-service")).get("QUARKUS_DATASOURCE_PASSWORD"), postgres.get("ENTENTE_DB_PASSWORD"),
                "the role is made with the password the services use");
        assertTrue(initSql.contains("\\getenv app_user ENTENTE_DB_USER") && initSql.contains("\\getenv app_password ENTENTE_DB_PASSWORD"));
    }

    @Test
    void exerciseServiceGetsAMongoUriOfTheReplicaSetWithItsOwnUser() {
        String uri = environment(services.get("exercise-service")).get("QUARKUS_MONGODB_CONNECTION_STRING");
        String resolved = resolve(uri, envExample);
        assertTrue(resolved.startsWith("mongodb://entente:" + envExample.get("ENTENTE_MONGO_PASSWORD") + "@mongo:27017/"), resolved);
        List<String> command = strings(services.get("mongo").path("command"));
        String replicaSet = command.get(command.indexOf("--replSet") + 1);
        assertTrue(resolved.contains("replicaSet=" + replicaSet), "the URI names the replica set mongod runs: " + replicaSet);
        assertTrue(resolved.contains("authSource=admin"), "the user is made in admin");
        String healthcheck = String.join(" ", strings(services.get("mongo").path("healthcheck").path("test")));
        assertTrue(healthcheck.contains("_id: '" + replicaSet + "'") && healthcheck.contains("host: 'mongo:27017'"),
                "the healthcheck initiates that replica set, with the member the URI names");
        assertEquals(command.get(command.indexOf("--keyFile") + 1), "/etc/mongo-keyfile/keyfile");
        assertTrue(mounts("mongo").contains("mongo-keyfile:/etc/mongo-keyfile:ro"));
        assertTrue(mounts("setup").contains("mongo-keyfile:/mongo-keyfile"));
        assertEquals("/mongo-keyfile/keyfile", environment(services.get("setup")).get("ENTENTE_MONGO_KEYFILE"));
    }

    @Test
    void theThreeServicesReachKafkaAsKafka9092WhereTheBrokerAdvertisesItselfAndTheirTopicsExist() {
        for (String name : KAFKA_CLIENTS) {
            assertEquals("kafka:9092", environment(services.get(name)).get("KAFKA_BOOTSTRAP_SERVERS"), name);
        }
        Map<String, String> kafka = environment(services.get("kafka"));
        assertTrue(kafka.get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://kafka:9092"));
        assertEquals("broker,controller", kafka.get("KAFKA_PROCESS_ROLES"), "one node in KRaft mode");
        String topics = String.join(" ", strings(services.get("kafka-topics").path("command")));
        for (String topic : List.of("alliances.events", "agreements.events", "exercises.events")) {
            assertTrue(topics.contains(topic), "kafka-topics creates " + topic);
        }
        assertFalse(environment(services.get("gateway")).containsKey("KAFKA_BOOTSTRAP_SERVERS"), "the gateway uses no Kafka");
    }

    @Test
    void allFourTrustTheKeySetupGeneratesAndItsIssuer() {
        Map<String, String> setup = environment(services.get("setup"));
        assertEquals("/keys", setup.get("ENTENTE_KEYS_DIR"));
        assertTrue(mounts("setup").contains("jwt-keys:/keys"));
        for (String name : PROJECT_SERVICES) {
            Map<String, String> env = environment(services.get(name));
            assertEquals("/keys/public-key.pem", resolve(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), Map.of()), name);
            assertEquals(Tokens.LOCAL_ISSUER, resolve(env.get("MP_JWT_VERIFY_ISSUER"), Map.of()), name);
            assertEquals(setup.get("ENTENTE_JWT_ISSUER"), env.get("MP_JWT_VERIFY_ISSUER"), name + " trusts the issuer setup mints for");
            assertTrue(mounts(name).contains("jwt-keys:/keys:ro"), name + " reads the keys read-only");
        }
    }

    @Test
    void theGatewayRoutesEachServiceItKnowsToThatContainersPort8080() throws IOException {
        Properties gateway = new Properties();
        try (InputStream in = Files.newInputStream(repository.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        Pattern upstream = Pattern.compile("entente\\.gateway\\.upstreams\\.([a-z-]+)\\.urls");
        Map<String, String> env = environment(services.get("gateway"));
        Set<String> routed = new TreeSet<>();
        for (String property : gateway.stringPropertyNames()) {
            Matcher m = upstream.matcher(property);
            if (m.matches()) {
                String service = m.group(1);
                String variable = property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
                assertEquals("http://" + service + ":8080", env.get(variable), "the gateway's " + property + " (as " + variable + ")");
                assertTrue(services.has(service), service + " is a compose service");
                routed.add(service);
            }
        }
        assertEquals(Set.of("alliance-service", "agreement-service", "exercise-service"), routed);
    }

    // --- the programs the file runs ------------------------------------------------------------------------------

    @Test
    void theHealthCheckExitsZeroOnlyWhenTheUrlAnswers200(@TempDir Path classes) throws Exception {
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", classes.toString(),
                compose.resolve("healthcheck/HealthCheck.java").toString());
        assertEquals(0, status, "HealthCheck.java compiles for Java 17");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ready", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/down", exchange -> answer(exchange, 503, "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"Database\"}]}"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertEquals(0, runHealthCheck(classes, base + "/ready").exit(), "200: healthy");
            Run down = runHealthCheck(classes, base + "/down");
            assertEquals(1, down.exit(), "503: not healthy");
            assertTrue(down.output().contains("503") && down.output().contains("Database"), "says what is down: " + down.output());
            assertEquals(1, runHealthCheck(classes, "http://127.0.0.1:" + closedPort() + "/q/health/ready").exit(), "nothing listening");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void setupMakesKeysTheTokensModuleReadsAndMintsTokensTheyVerify(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        Map<String, String> env = Map.of(
                "ENTENTE_KEYS_DIR", keys.toString(),
                "ENTENTE_MONGO_KEYFILE", dir.resolve("mongo-keyfile/keyfile").toString(),
                "ENTENTE_HEALTHCHECK_SOURCE", compose.resolve("healthcheck/HealthCheck.java").toString(),
                "ENTENTE_HEALTHCHECK_CLASSES", dir.resolve("healthcheck").toString());
        Run init = runSetup(env, "init");
        assertEquals(0, init.exit(), init.output());
        assertEquals("rw-------", permissions(keys.resolve(SigningKeys.PRIVATE_KEY_FILE)), "the private key is the owner's only");
        assertEquals("rw-r--r--", permissions(keys.resolve(SigningKeys.PUBLIC_KEY_FILE)), "the services' user reads the public key");
        assertTrue(Files.exists(dir.resolve("healthcheck/HealthCheck.class")), "the health check compiled: " + init.output());
        String keyFile = Files.readString(dir.resolve("mongo-keyfile/keyfile")).trim();
        assertTrue(keyFile.matches("[A-Za-z0-9+/=]{6,1024}"), "MongoDB takes 6 to 1024 base64 characters");
        assertEquals("r--------", permissions(dir.resolve("mongo-keyfile/keyfile")), "mongod refuses a key file others can read");

        String publicKey = Files.readString(keys.resolve(SigningKeys.PUBLIC_KEY_FILE));
        assertEquals(0, runSetup(env, "init").exit());
        assertEquals(publicKey, Files.readString(keys.resolve(SigningKeys.PUBLIC_KEY_FILE)), "a second start keeps the key pair");

        SigningKeys pair = SigningKeys.loadOrCreate(keys); // the project's own reader: the same PEM shapes
        Run minted = runSetup(env, "token", "admin", "2h");
        assertEquals(0, minted.exit(), minted.output());
        String token = minted.stdout().trim();
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, token);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(pair.publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the private key");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("RS256", header.path("alg").asText());
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals(Tokens.LOCAL_ISSUER, claims.path("iss").asText());
        assertEquals("compose-admin", claims.path("sub").asText());
        assertEquals("compose-admin", claims.path("upn").asText());
        assertEquals(List.of("admin"), strings(claims.path("groups")));
        assertEquals(Duration.ofHours(2).toSeconds(), claims.path("exp").asLong() - claims.path("iat").asLong());

        Run unknownRole = runSetup(env, "token", "root");
        assertEquals(1, unknownRole.exit());
        assertTrue(unknownRole.output().contains("reader, editor, admin"), unknownRole.output());
    }

    // --- Compose itself ----------------------------------------------------------------------------------------

    @Test
    void composeAcceptsTheFileWithTheEnvExampleAndTheExternalClustersOverride(@TempDir Path empty) throws Exception {
        Optional<List<String>> installed = composeCommand();
        if (installed.isEmpty()) {
            System.out.println("SKIPPED: Compose itself did not check compose.yaml: neither docker-compose nor the docker"
                    + " compose plugin is on the PATH (the other tests of ComposeFileTest still read the file)");
        }
        Assumptions.assumeTrue(installed.isPresent(), "docker-compose or docker compose on the PATH");
        List<String> composeCommand = installed.get();
        List<String> config = new ArrayList<>(composeCommand);
        config.addAll(List.of("--env-file", ".env.example", "-f", "compose.yaml", "config", "-q"));
        Run plain = run(config, Map.of(), compose);
        assertEquals(0, plain.exit(), String.join(" ", config) + ":\n" + plain.output());

        List<String> withOverride = new ArrayList<>(composeCommand);
        withOverride.addAll(List.of("--env-file", ".env.example", "-f", "compose.yaml", "-f", "compose.external.yaml", "config", "-q"));
        Run external = run(withOverride, Map.of(
                "ENTENTE_KAFKA_BOOTSTRAP_SERVERS", "broker.example:9093",
                "ENTENTE_KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ENTENTE_MONGODB_URI", "mongodb://mongo.example:27017/?replicaSet=rs0"), compose);
        assertEquals(0, external.exit(), String.join(" ", withOverride) + ":\n" + external.output());

        List<String> withoutPasswords = new ArrayList<>(composeCommand);
        Path noSettings = Files.writeString(empty.resolve("empty.env"), "");
        withoutPasswords.addAll(List.of("--env-file", noSettings.toString(), "-f", "compose.yaml", "config", "-q"));
        Run refused = run(withoutPasswords, Map.of(), compose);
        assertNotEquals(0, refused.exit(), "without the passwords Compose refuses to start anything");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static boolean isOneShotJob(String name) {
        return oneShotJobs().contains(name);
    }

    /** Services with restart "no" that others await with service_completed_successfully. */
    private static Set<String> oneShotJobs() {
        Set<String> jobs = new TreeSet<>();
        for (String name : names(services)) {
            JsonNode dependsOn = services.get(name).path("depends_on");
            for (String dependency : names(dependsOn)) {
                if ("service_completed_successfully".equals(dependsOn.get(dependency).path("condition").asText())
                        && "no".equals(services.path(dependency).path("restart").asText())) {
                    jobs.add(dependency);
                }
            }
        }
        return jobs;
    }

    private static Set<String> dependencies(String name) {
        return new TreeSet<>(names(services.get(name).path("depends_on")));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> mounts(String service) {
        return strings(services.get(service).path("volumes"));
    }

    /** A service's environment, in either of Compose's two forms. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isObject()) {
            environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        } else {
            for (String entry : strings(environment)) {
                int eq = entry.indexOf('=');
                env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
            }
        }
        return env;
    }

    /** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}; $$ is a dollar. */
    static String resolve(String value, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String set = env.get(m.group(1));
            String operator = m.group(2);
            String replacement;
            if (operator == null) {
                replacement = set == null ? "" : set;
            } else if (operator.endsWith("-")) {
                boolean use = operator.startsWith(":") ? set == null || set.isEmpty() : set == null;
                replacement = use ? m.group(3) : set;
            } else {
                if (set == null || set.isEmpty()) {
                    fail("Compose would refuse: " + m.group(1) + " is not set (" + m.group(3) + ")");
                }
                replacement = set;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    private static Map<String, String> dotEnv(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            int eq = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 0) {
                continue;
            }
            String value = trimmed.substring(eq + 1).trim();
            if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(trimmed.substring(0, eq).trim(), value);
        }
        return values;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The alliance-service healthcheck command exactly as compose.yaml has it, on this JDK, these classes and this URL. */
    private static Run runHealthCheck(Path classes, String url) throws Exception {
        List<String> command = new ArrayList<>(strings(services.get("alliance-service").path("healthcheck").path("test")));
        command.remove(0); // CMD
        command.set(0, java());
        command.set(command.indexOf("/healthcheck"), classes.toString());
        command.set(command.size() - 1, url);
        return run(command, Map.of(), classes);
    }

    private static Run runSetup(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-Xmx128m", compose.resolve("setup/Setup.java").toString()));
        command.addAll(List.of(args));
        return run(command, env, compose);
    }

    private static Run run(List<String> command, Map<String, String> env, Path directory) throws Exception {
        Path stdout = Files.createTempFile("compose-test", ".out");
        Path stderr = Files.createTempFile("compose-test", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 120 s");
            }
            return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static Optional<List<String>> composeCommand() {
        for (List<String> candidate : List.of(List.of("docker-compose"), List.of("docker", "compose"))) {
            try {
                List<String> version = new ArrayList<>(candidate);
                version.add("version");
                if (run(version, Map.of(), compose).exit() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException notInstalled) {
                // the next one
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private record Run(int exit, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }
    }
}
