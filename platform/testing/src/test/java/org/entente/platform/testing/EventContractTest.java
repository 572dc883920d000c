package org.entente.platform.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The records a test reads are held against the AsyncAPI document on its classpath (here a stand-in's). */
class EventContractTest {

    private static ConsumerRecord<String, byte[]> record(String topic, String type, String id, String payload) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic, 0, 0, "key", payload.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", "2026-12-01T10:15:30Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    @Test
    void anEventAsTheDocumentDescribesItPasses() {
        assertDoesNotThrow(() -> EventContract.check(record("pacts.events", "org.entente.pact.signed.v1", uuid(),
                "{\"pact\": {\"name\": \"Pact\", \"status\": \"SIGNED\"}, \"changed\": [\"status\"], \"unknown\": 1}")));
    }

    @Test
    void anEventTypeTheChannelDoesNotDeclareFails() {
        AssertionError error = assertThrows(AssertionError.class, () -> EventContract.check(record("pacts.events",
                "org.entente.pact.torn-up.v1", uuid(), "{\"pact\": {\"name\": \"Pact\"}, \"changed\": []}")));
        assertTrue(error.getMessage().contains("org.entente.pact.torn-up.v1"), error.getMessage());
    }

    @Test
    void aPayloadMissingARequiredFieldOrOutsideAnEnumFailsNamingWhere() {
        AssertionError missing = assertThrows(AssertionError.class, () -> EventContract.check(record("pacts.events",
                "org.entente.pact.signed.v1", uuid(), "{\"pact\": {\"status\": \"SIGNED\"}, \"changed\": []}")));
        assertTrue(missing.getMessage().contains("payload") && missing.getMessage().contains("name"), missing.getMessage());
        AssertionError outside = assertThrows(AssertionError.class, () -> EventContract.check(record("pacts.events",
                "org.entente.pact.signed.v1", uuid(), "{\"pact\": {\"name\": \"Pact\", \"status\": \"TORN\"}, \"changed\": []}")));
        assertTrue(outside.getMessage().contains("status"), outside.getMessage());
    }

    @Test
    void headersAreCheckedWithTheirFormats() {
        AssertionError error = assertThrows(AssertionError.class, () -> EventContract.check(record("pacts.events",
                "org.entente.pact.signed.v1", "not-a-uuid", "{\"pact\": {\"name\": \"Pact\"}, \"changed\": []}")));
        assertTrue(error.getMessage().contains("headers") && error.getMessage().contains("ce_id"), error.getMessage());
    }

    @Test
    void aChannelTheDocumentDoesNotDeclareIsAnotherServicesToCheck() {
        assertDoesNotThrow(() -> EventContract.check(record("alliances.events", "org.entente.alliance.created.v1", uuid(), "[]")));
    }
}
