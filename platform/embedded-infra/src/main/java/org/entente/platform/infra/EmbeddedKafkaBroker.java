package org.entente.platform.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), in this JVM.
 * It uses the same internals as Kafka's own start scripts: {@code kafka-storage.sh format} is
 * {@link StorageTool}, {@code kafka-server-start.sh} runs {@link KafkaRaftServer}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Fixed so that a persistent log directory formatted once is accepted on every later start. */
    public static final String CLUSTER_ID = "ENTENTE-LOCAL-KRAFT-0";

    private final KafkaRaftServer server;
    private final Path directory;
    private final boolean temporary;
    private final int port;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path directory, boolean temporary, int port) {
        this.server = server;
        this.directory = directory;
        this.temporary = temporary;
        this.port = port;
    }

    /**
     * @param directory where the logs live, or {@code null} for a throwaway broker
     * @param port      the client port, or 0 for a free one
     */
    public static EmbeddedKafkaBroker start(Path directory, int port) {
        return start(directory, port, null);
    }

    /**
     * A broker whose client port takes only SASL/PLAIN logins ({@code SASL_PLAINTEXT}), as managed
     * clusters do (they add TLS), for testing that the services reach Kafka with credentials.
     */
    public static EmbeddedKafkaBroker startWithSasl(Path directory, int port, String user, String password) {
        return start(directory, port, new SaslUser(user, password));
    }

    /** A SASL/PLAIN login the broker accepts. */
    private record SaslUser(String name, String password) {
        String jaas(boolean server) {
            return "org.apache.kafka.common.security.plain.PlainLoginModule required "
                    + (server ? "user_" + name + "=\"" + password + "\";" : "username=\"" + name + "\" password=\"" + password + "\";");
        }
    }

    /** The client settings that log in as {@code user} on a {@link #startWithSasl} broker ({@code kafka.*} without the prefix). */
    public static Map<String, String> saslClientSettings(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", new SaslUser(user, password).jaas(false));
    }

    private static EmbeddedKafkaBroker start(Path directory, int port, SaslUser sasl) {
        try {
            boolean temporary = directory == null;
            Path dir = temporary ? Files.createTempDirectory("entente-kafka-") : directory;
            Files.createDirectories(dir);
            int brokerPort = FreePorts.orPick(port);
            int controllerPort = FreePorts.pick();
            Properties config = config(dir.resolve("logs"), brokerPort, controllerPort);
            if (sasl != null) {
                // clients log in on the advertised port; the broker talks to itself on a plain one
                int internalPort = FreePorts.pick();
                config.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + brokerPort + ",PLAINTEXT://127.0.0.1:" + internalPort
                        + ",CONTROLLER://127.0.0.1:" + controllerPort);
                config.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + brokerPort + ",PLAINTEXT://127.0.0.1:" + internalPort);
                config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
                config.put("sasl.enabled.mechanisms", "PLAIN");
                config.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", sasl.jaas(true));
            }
            Path configFile = dir.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(configFile)) {
                config.store(writer, "written by Entente's embedded Kafka broker on every start");
            }
            if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
                format(configFile);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            server.startup(); // returns once the broker is unfenced and accepts requests
            return new EmbeddedKafkaBroker(server, dir, temporary, brokerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start: " + e.getMessage(), e);
        }
    }

    private static Properties config(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // the default 128 MiB dedupe buffer is far more than a laptop's single broker needs
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }

    private static void format(Path configFile) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int rc = StorageTool.execute(new String[] {"format", "-t", CLUSTER_ID, "-c", configFile.toString()}, quiet);
        if (rc != 0) {
            throw new IllegalStateException("kafka-storage format failed with exit code " + rc);
        }
    }

    /**
     * Creates the topics that do not exist yet, with the broker's default partitions. Services
     * starting together would otherwise race the broker's auto-creation with their first sends, which
     * an idempotent producer answers with retries and out-of-sequence errors.
     */
    public void createTopics(List<String> names) {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream().filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, Optional.empty(), Optional.empty())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics " + names, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topics " + names + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.deleteRecursively(directory);
        }
    }
}
