package org.entente.platform.testing;

import org.entente.platform.infra.EmbeddedKafkaBroker;
import org.entente.platform.infra.EmbeddedMongoServer;
import org.entente.platform.infra.EmbeddedPostgresServer;

/**
 * One PostgreSQL, one Kafka broker and one MongoDB-protocol server per test JVM, started on first
 * use on free loopback ports and stopped when the JVM exits. Quarkus restarts the application
 * between test classes with different resources; the infrastructure stays up.
 */
final class SharedInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedMongoServer mongo;

    private SharedInfrastructure() {
    }

    static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(null, 0);
            closeOnExit(postgres);
        }
        return postgres;
    }

    static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafkaBroker.start(null, 0);
            closeOnExit(kafka);
        }
        return kafka;
    }

    static synchronized EmbeddedMongoServer mongo() {
        if (mongo == null) {
            mongo = EmbeddedMongoServer.inMemory(0);
            closeOnExit(mongo);
        }
        return mongo;
    }

    private static void closeOnExit(AutoCloseable server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // the JVM is exiting; the OS reclaims what is left
            }
        }));
    }
}
