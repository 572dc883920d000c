package org.entente.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway's own answers are added to each service operation after the service's, in order of status. */
class GatewayResponsesTest {

    @Test
    void theGatewaysAnswersFollowTheServicesInOrderOfStatus() {
        JsonObject responses = new JsonObject().put("200", new JsonObject()).put("404", new JsonObject());
        JsonObject document = new JsonObject().put("paths", new JsonObject()
                .put("/api/v1/things", new JsonObject().put("get", new JsonObject().put("responses", responses))));

        GatewayResponses.addTo(document);

        assertEquals(List.of("200", "404", "429", "502", "503", "504"), List.copyOf(responses.fieldNames()));
    }
}
