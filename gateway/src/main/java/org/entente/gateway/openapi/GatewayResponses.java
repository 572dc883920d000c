package org.entente.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds to a service's operations the answers only the gateway gives: a rate limit reached (429), the
 * service unreachable (502), its breaker open (503) or late (504). Each is a problem.
 */
final class GatewayResponses {

    /** By status: the documents are the same from one start of the gateway to the next ({@code Map.of} has no order). */
    private static final Map<String, String> ANSWERS = new TreeMap<>(Map.of(
            "429", "The client's rate limit for this route is reached; see `Retry-After` and `RateLimit-*` (the gateway)",
            "502", "The service could not be reached (the gateway)",
            "503", "The service keeps failing; the gateway is not sending it requests for now, see `Retry-After`",
            "504", "The service did not start its answer in time (the gateway)"));

    private GatewayResponses() {
    }

    /** Adds the gateway's answers to every operation under {@code /api/} that does not document them itself. */
    static JsonObject addTo(JsonObject document) {
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (SuiteDocument.isMethod(method) && item.getValue(method) instanceof JsonObject operation) {
                    JsonObject responses = operation.getJsonObject("responses");
                    if (responses == null) {
                        responses = new JsonObject();
                        operation.put("responses", responses);
                    }
                    for (Map.Entry<String, String> answer : ANSWERS.entrySet()) {
                        if (!responses.containsKey(answer.getKey())) {
                            responses.put(answer.getKey(), problem(answer.getValue()));
                        }
                    }
                }
            }
        }
        return document;
    }

    private static JsonObject problem(String description) {
        return new JsonObject().put("description", description).put("content", new JsonObject()
                .put("application/problem+json", new JsonObject()
                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem"))));
    }
}
