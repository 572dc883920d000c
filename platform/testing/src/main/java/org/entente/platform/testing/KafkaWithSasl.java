package org.entente.platform.testing;

import java.nio.file.Path;
import java.util.Map;
import org.entente.platform.infra.EmbeddedKafkaBroker;
import org.entente.platform.infra.FreePorts;

/**
 * {@code @WithTestResource(KafkaWithSasl.class)}: a Kafka broker of the test class's own that takes
 * only SASL/PLAIN logins, and the service configured for it the way a user configures a managed
 * cluster: {@code kafka.security.protocol}, {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config}.
 */
public class KafkaWithSasl extends OwnBrokerResource {

    public static final String USER = "entente-service";
    public static final String PASSWORD = "sasl-test-secret";

    @Override
    protected EmbeddedKafkaBroker launchBroker(Path directory) {
        return EmbeddedKafkaBroker.startWithSasl(directory, FreePorts.pick(), USER, PASSWORD);
    }

    @Override
    protected Map<String, String> clientSettings() {
        return EmbeddedKafkaBroker.saslClientSettings(USER, PASSWORD);
    }
}
