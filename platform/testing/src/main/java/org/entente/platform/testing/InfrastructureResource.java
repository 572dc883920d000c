package org.entente.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of the test resources: the token verification settings every service needs, plus what each
 * subclass adds. Real servers are shared across the test JVM (see {@link SharedInfrastructure}).
 */
abstract class InfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public final Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        addInfrastructure(config);
        return config;
    }

    protected abstract void addInfrastructure(Map<String, String> config);

    static void addPostgres(Map<String, String> config) {
        String url = ExternalInfrastructure.setting("PG_URL")
                .orElseGet(() -> SharedInfrastructure.postgres().jdbcUrl("entente_test"));
        config.put("quarkus.datasource.jdbc.url", url);
        config.put("quarkus.datasource.username", ExternalInfrastructure.setting("PG_USER").orElse("postgres"));
        config.put("quarkus.datasource.password", ExternalInfrastructure.setting("PG_PASSWORD").orElse("postgres"));
    }

    protected static void addKafka(Map<String, String> config) {
        config.put("kafka.bootstrap.servers", ExternalInfrastructure.setting("KAFKA_BOOTSTRAP_SERVERS")
                .orElseGet(() -> SharedInfrastructure.kafka().bootstrapServers()));
    }

    static void addMongo(Map<String, String> config) {
        config.put("quarkus.mongodb.connection-string", ExternalInfrastructure.setting("MONGODB_URI")
                .orElseGet(() -> SharedInfrastructure.mongo().connectionString()));
    }

    @Override
    public void stop() {
        // the shared servers outlive one test class; they stop with the JVM
    }
}
