package org.entente.platform.testing;

import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.entente.platform.infra.EmbeddedKafkaBroker;
import org.entente.platform.infra.FreePorts;

/**
 * {@code @WithTestResource(KafkaOutage.class)}: a Kafka broker of the test class's own that the test can
 * stop and start again ({@link #stopBroker()}, {@link #startBroker()}) on the same port and log
 * directory, to test behaviour during an outage. A service on MongoDB names its store:
 * {@code initArgs = @ResourceArg(name = "store", value = "mongodb")}.
 */
public class KafkaOutage extends OwnBrokerResource {

    /**
     * Quarkus loads test resources and test classes in different class loaders, so the test reaches
     * the broker through the JVM-wide platform MBean server, by name.
     */
    private static final String CONTROLS = "org.entente.test:type=KafkaOutage";

    private int port;

    @Override
    protected EmbeddedKafkaBroker launchBroker(Path directory) {
        port = FreePorts.pick();
        EmbeddedKafkaBroker started = EmbeddedKafkaBroker.start(directory, port);
        register(new Controls());
        return started;
    }

    @Override
    public void stop() {
        super.stop();
        unregister();
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
            closeBroker();
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
