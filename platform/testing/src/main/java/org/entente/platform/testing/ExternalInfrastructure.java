package org.entente.platform.testing;

import java.util.Optional;

/**
 * The documented settings that point tests at servers of one's own instead of embedded ones:
 * {@code PG_URL} (a JDBC URL of a database the tests may fill, with {@code PG_USER} and
 * {@code PG_PASSWORD}), {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI}.
 */
final class ExternalInfrastructure {

    private ExternalInfrastructure() {
    }

    static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
