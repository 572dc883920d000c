package org.entente.platform.testing;

import java.util.Map;

/** {@code @WithTestResource(MongoAndKafka.class)}: a MongoDB-protocol server and real Kafka, plus test token keys. */
public class MongoAndKafka extends InfrastructureResource {

    @Override
    protected void addInfrastructure(Map<String, String> config) {
        addMongo(config);
        addKafka(config);
    }
}
