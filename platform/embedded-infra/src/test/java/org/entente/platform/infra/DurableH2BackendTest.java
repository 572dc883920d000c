package org.entente.platform.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file-backed MongoDB-protocol store keeps what it acknowledged through a crash: the store is
 * dropped without closing (H2's {@code closeImmediately}, what a kill -9 leaves), then reopened.
 */
class DurableH2BackendTest {

    @TempDir
    Path directory;

    @Test
    void everyAcknowledgedWriteIsInTheFileWhenTheStoreCrashesRightAfter() {
        Path file = directory.resolve("store.mv");
        runAndCrash(DurableH2Backend.open(file.toString()), collection -> {
            for (int i = 0; i < 50; i++) {
                collection.insertOne(new Document("_id", "doc-" + i).append("n", i));
            }
            collection.updateOne(Filters.eq("_id", "doc-7"), Updates.set("n", 700));
            collection.findOneAndUpdate(Filters.eq("_id", "doc-8"), Updates.set("n", 800));
            collection.deleteOne(Filters.eq("_id", "doc-9"));
            return null;
        });

        long count = (long) runAndCrash(DurableH2Backend.open(file.toString()), MongoCollection::countDocuments);
        assertEquals(49, count, "50 inserted, 1 deleted");
        int seven = runAndCrash(DurableH2Backend.open(file.toString()),
                collection -> collection.find(Filters.eq("_id", "doc-7")).first().getInteger("n"));
        int eight = runAndCrash(DurableH2Backend.open(file.toString()),
                collection -> collection.find(Filters.eq("_id", "doc-8")).first().getInteger("n"));
        assertEquals(700, seven);
        assertEquals(800, eight);
    }

    @Test
    void writersOnSeveralConnectionsShareCommitsAndEveryAcknowledgedWriteSurvivesTheCrash() {
        Path file = directory.resolve("group.mv");
        int writers = 6;
        int each = 40;
        serveAndCrash(DurableH2Backend.open(file.toString()), connectionString -> {
            IntStream.range(0, writers).parallel().forEach(writer -> {
                // a client per writer: its own connection, so the writes reach the store at the same time
                try (MongoClient client = MongoClients.create(connectionString)) {
                    MongoCollection<Document> documents = collectionOf(client);
                    for (int i = 0; i < each; i++) {
                        documents.insertOne(new Document("_id", writer + "-" + i));
                        documents.updateOne(Filters.eq("_id", writer + "-" + i), Updates.set("acknowledged", true));
                    }
                }
            });
            return null;
        });

        long acknowledged = (long) runAndCrash(DurableH2Backend.open(file.toString()),
                collection -> collection.countDocuments(Filters.eq("acknowledged", true)));
        assertEquals(writers * each, acknowledged);
    }

    @Test
    void theStockBackendLosesWhatItHadNotYetCommittedWhichIsWhyThisOneExists() throws Exception {
        Path file = directory.resolve("stock.mv");
        H2Backend stock = new H2Backend(file.toString());
        runAndCrash(stock, collection -> {
            collection.insertOne(new Document("_id", "lost"));
            return null;
        });
        assertEquals(0L, (long) runAndCrash(DurableH2Backend.open(file.toString()), MongoCollection::countDocuments),
                "H2 commits in the background, a second later: the crash came first");
        assertEquals(true, Files.size(file) > 0);
    }

    /** Serves the backend on a free port, runs the work through a real driver, then crashes the store. */
    private static <T> T runAndCrash(H2Backend backend, Function<MongoCollection<Document>, T> work) {
        return serveAndCrash(backend, connectionString -> {
            try (MongoClient client = MongoClients.create(connectionString)) {
                return work.apply(collectionOf(client));
            }
        });
    }

    /** Serves the backend on a free port, runs the work with the server's connection string, then crashes the store. */
    private static <T> T serveAndCrash(H2Backend backend, Function<String, T> work) {
        MongoServer server = new MongoServer(backend);
        int port = FreePorts.pick();
        server.bind(new InetSocketAddress("127.0.0.1", port));
        try {
            return work.apply("mongodb://127.0.0.1:" + port);
        } finally {
            backend.getMvStore().closeImmediately(); // no final commit: a crash
            server.shutdownNow();
        }
    }

    private static MongoCollection<Document> collectionOf(MongoClient client) {
        return client.getDatabase("test").getCollection("documents");
    }
}
