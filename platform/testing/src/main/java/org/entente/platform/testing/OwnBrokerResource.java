package org.entente.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.entente.platform.infra.EmbeddedKafkaBroker;

/**
 * A test resource with a Kafka broker of the test class's own (not the shared one), in a temporary
 * directory, plus real PostgreSQL (or, with {@code @ResourceArg(name = "store", value = "mongodb")},
 * the MongoDB-protocol server) and token keys as usual.
 */
abstract class OwnBrokerResource implements QuarkusTestResourceLifecycleManager {

    protected Path directory;
    protected EmbeddedKafkaBroker broker;
    private boolean mongo;

    @Override
    public void init(Map<String, String> initArgs) {
        mongo = "mongodb".equals(initArgs.get("store"));
    }

    /** Starts this resource's broker, its logs in {@code directory}. */
    protected abstract EmbeddedKafkaBroker launchBroker(Path directory);

    /** The {@code kafka.*} settings (without the prefix) a client needs besides the bootstrap servers. */
    protected Map<String, String> clientSettings() {
        return Map.of();
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("entente-kafka-own-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = launchBroker(directory);
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        if (mongo) {
            InfrastructureResource.addMongo(config);
        } else {
            InfrastructureResource.addPostgres(config);
        }
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        clientSettings().forEach((key, value) -> config.put("kafka." + key, value));
        return config;
    }

    protected void closeBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public void stop() {
        closeBroker();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
