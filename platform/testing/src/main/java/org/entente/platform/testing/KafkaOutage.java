package org.entente.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.entente.platform.infra.EmbeddedKafkaBroker;
import org.entente.platform.infra.FreePorts;

/**
 * {@code @WithTestResource(KafkaOutage.class)}: real PostgreSQL and token keys as usual, plus a Kafka
 * broker of the test class's own that the test can stop and start again ({@link #stopBroker()},
 * {@link #startBroker()}) on the same port and log directory, to test behaviour during an outage.
 * A service on MongoDB names its store: {@code initArgs = @ResourceArg(name = "store", value = "mongodb")}.
 */
public class KafkaOutage implements QuarkusTestResourceLifecycleManager {

    /**
     * Quarkus loads test resources and test classes in different class loaders, so the test reaches
     * the broker through the JVM-wide platform MBean server, by name.
     */
    private static final String CONTROLS = "org.entente.test:type=KafkaOutage";

    private EmbeddedKafkaBroker broker;
    private Path directory;
    private int port;
    private boolean mongo;

    @Override
    public void init(Map<String, String> initArgs) {
        mongo = "mongodb".equals(initArgs.get("store"));
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("entente-kafka-outage-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = FreePorts.pick();
        broker = EmbeddedKafkaBroker.start(directory, port);
        register(new Controls());

        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        if (mongo) {
            InfrastructureResource.addMongo(config);
        } else {
            InfrastructureResource.addPostgres(config);
        }
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    private void stopOwnBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public void stop() {
        stopOwnBroker();
        unregister();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }

    /** Stops the broker; clients see connection failures until {@link #startBroker()}. */
    public static void stopBroker() {
        invoke("stopBroker");
    }

    /** Starts the broker again on the same port, with the data it had. */
    public static void startBroker() {
        invoke("startBroker");
    }

    /** What the test can do to this resource's broker. */
    public interface ControlsMBean {
        void stopBroker();

        void startBroker();
    }

    private final class Controls implements ControlsMBean {
        @Override
        public void stopBroker() {
            stopOwnBroker();
        }

        @Override
        public void startBroker() {
            broker = EmbeddedKafkaBroker.start(directory, port);
        }
    }

    private static void register(ControlsMBean controls) {
        try {
            unregister();
            ManagementFactory.getPlatformMBeanServer().registerMBean(new StandardMBean(controls, ControlsMBean.class),
                    new ObjectName(CONTROLS));
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unregister() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(CONTROLS);
            if (server.isRegistered(name)) {
                server.unregisterMBean(name);
            }
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(CONTROLS), operation, null, null);
        } catch (InstanceNotFoundException e) {
            throw new IllegalStateException("KafkaOutage controls are only there in a test class annotated with "
                    + "@WithTestResource(KafkaOutage.class)");
        } catch (JMException e) {
            throw new IllegalStateException(operation + " failed", e);
        }
    }
}
