package org.entente.platform.testing;

import java.util.Map;

/** {@code @WithTestResource(PostgresAndKafka.class)}: real PostgreSQL and Kafka, plus test token keys. */
public class PostgresAndKafka extends InfrastructureResource {

    @Override
    protected void addInfrastructure(Map<String, String> config) {
        addPostgres(config);
        addKafka(config);
    }
}
