package org.entente.platform.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server speaking the MongoDB wire protocol (mongo-java-server), in this JVM. No real {@code mongod}
 * can be installed on our build machines; the services use the plain MongoDB driver and run unchanged
 * against a real MongoDB. Known gaps: no multi-document transactions, no {@code $text}, non-unique
 * indexes are accepted but not used.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongoServer(MongoServer server, String connectionString) {
        this.server = server;
        this.connectionString = connectionString;
    }

    /** An in-memory store for tests. */
    public static EmbeddedMongoServer inMemory(int port) {
        return start(new MemoryBackend(), port);
    }

    /** A store kept in one H2 file, for local runs whose data must survive restarts and crashes. */
    public static EmbeddedMongoServer fileBacked(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(DurableH2Backend.open(file.toString()), port);
    }

    private static EmbeddedMongoServer start(MongoBackend backend, int port) {
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        int chosen = FreePorts.orPick(port);
        server.bind(new InetSocketAddress("127.0.0.1", chosen));
        return new EmbeddedMongoServer(server, "mongodb://127.0.0.1:" + chosen);
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
