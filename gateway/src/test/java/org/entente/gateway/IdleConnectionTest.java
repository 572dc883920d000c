package org.entente.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A connection that goes quiet is closed by the gateway after its idle timeout (30 s), not kept for good. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
class IdleConnectionTest {

    /** Longer than the idle timeout: a read that waits this long means the connection was kept. */
    private static final int READ_TIMEOUT_MILLIS = 45_000;

    @Test
    void aQuietConnectionIsClosedWhetherItNeverSentARequestOrIsKeptAliveAfterOne() throws Exception {
        try (Socket silent = new Socket("127.0.0.1", RestAssured.port);
             Socket keptAlive = new Socket("127.0.0.1", RestAssured.port)) {
            silent.setSoTimeout(READ_TIMEOUT_MILLIS);
            keptAlive.setSoTimeout(READ_TIMEOUT_MILLIS);
            keptAlive.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            assertEquals(-1, silent.getInputStream().read(), "the gateway closed the connection that sent nothing");
            InputStream in = keptAlive.getInputStream();
            String head = new String(in.readNBytes(15), StandardCharsets.US_ASCII);
            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            while (in.read() != -1) {
                // the rest of the answer, then the end of the connection
            }
        }
    }
}
