package org.entente.platform.relay;

import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;

/**
 * The one place a service's Kafka clients are configured: every {@code kafka.*} setting (bootstrap
 * servers, {@code security.protocol}, SASL, TLS), as Quarkus collects them for Reactive Messaging
 * (the {@code default-kafka-broker} map). The outbox relay's producer and the service's own
 * consumers start from these, so TLS and SASL for a managed cluster are set once, e.g.
 * {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL}.
 */
@Singleton
public class KafkaSettings {

    private final Map<String, Object> common;

    KafkaSettings(@Identifier("default-kafka-broker") Map<String, Object> common) {
        this.common = Map.copyOf(common);
    }

    /** The {@code kafka.*} settings without their prefix, for a new client to add its own to. */
    public Properties client() {
        Properties properties = new Properties();
        properties.putAll(common);
        return properties;
    }
}
