package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java client's committed document is held against the live one for what matters, not for where it was served. */
class ClientDocumentTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anotherServerIsNoDifference() throws Exception {
        ObjectNode live = committed();
        live.putArray("servers").addObject().put("url", "http://127.0.0.1:41234");
        assertEquals(List.of(), ClientDocument.differences(live.toString()));
    }

    @Test
    void aChangedOrNewOperationIsNamedByItsPointer() throws Exception {
        ObjectNode live = committed();
        ((ObjectNode) live.at("/paths/~1api~1v1~1alliances/get")).put("summary", "Changed");
        ((ObjectNode) live.get("paths")).putObject("/api/v1/new");
        assertEquals(List.of("/paths/~1api~1v1~1alliances/get/summary", "/paths/~1api~1v1~1new (only live)"),
                ClientDocument.differences(live.toString()));
    }

    private ObjectNode committed() throws Exception {
        return (ObjectNode) json.readTree(Files.readString(ClientDocument.FILE));
    }
}
