package org.entente.exercises.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;
import org.entente.platform.infra.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who relays, on a real MongoDB-protocol server: one holder at a time, and a clean take-over after a crash. */
class RelayLeaseTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE_TIME = Duration.ofSeconds(30);

    private static EmbeddedMongoServer server;
    private static MongoClient client;
    private MongoCollection<Document> leases;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.inMemory(0);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void emptyCollection() {
        leases = client.getDatabase("lease-test").getCollection("relay_leases");
        leases.drop();
    }

    private RelayLease lease(String holder, Instant now) {
        return new RelayLease(leases, "relay", holder, LEASE_TIME, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theFirstInstanceTakesTheLeaseAndAnotherWaitsWhileItRuns() {
        assertTrue(lease("host-a:8083", T0).hold());
        assertFalse(lease("host-b:8083", T0.plusSeconds(29)).hold());
        assertEquals("host-a:8083", leases.find().first().getString("holder"));
    }

    @Test
    void theHolderRenewsItsLease() {
        assertTrue(lease("host-a:8083", T0).hold());
        assertTrue(lease("host-a:8083", T0.plusSeconds(20)).hold());
        assertFalse(lease("host-b:8083", T0.plusSeconds(40)).hold(), "renewed at 20 s, so it runs until 50 s");
    }

    @Test
    void theHolderRenewsOnlyOnceHalfItsLeaseHasRunNotOnEveryBatch() {
        assertTrue(lease("host-a:8083", T0).hold());
        Date firstUntil = leases.find().first().getDate("until");
        assertTrue(lease("host-a:8083", T0.plusSeconds(10)).hold());
        assertEquals(firstUntil, leases.find().first().getDate("until"), "20 s of the lease left: not written");
        assertTrue(lease("host-a:8083", T0.plusSeconds(16)).hold());
        assertEquals(Date.from(T0.plusSeconds(46)), leases.find().first().getDate("until"), "14 s left: renewed");
    }

    @Test
    void anotherInstanceTakesOverOnceTheLeaseExpired() {
        assertTrue(lease("host-a:8083", T0).hold());
        assertTrue(lease("host-b:8083", T0.plusSeconds(31)).hold());
        assertFalse(lease("host-a:8083", T0.plusSeconds(32)).hold(), "the old holder, back, now waits its turn");
    }

    @Test
    void anInstanceRestartedAfterACrashTakesItsOwnLeaseBackAtOnce() {
        assertTrue(lease("host-a:8083", T0).hold());
        // the process died without releasing; its successor has the same host and port, and a new object
        assertTrue(lease("host-a:8083", T0.plusSeconds(2)).hold());
    }

    @Test
    void aWaitingInstanceNeverCollidesWithTheHoldersDocument() {
        assertTrue(lease("host-a:8083", T0).hold());
        RelayLease waiting = lease("host-b:8083", T0.plusSeconds(1));
        for (int i = 0; i < 5; i++) {
            assertFalse(waiting.hold()); // no duplicate-key error, no exception: a plain "not yours"
        }
        assertEquals(1, leases.countDocuments());
    }
}
