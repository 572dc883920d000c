package org.entente.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each rule of a reliable document, held against a small clean stand-in document with one thing broken. */
class OpenApiRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The violations of the clean stand-in once {@code change} has broken it. */
    private static List<String> violationsOnce(Consumer<ObjectNode> change) {
        try (InputStream clean = OpenApiRulesTest.class.getResourceAsStream("/openapi-rules-clean.json")) {
            ObjectNode document = (ObjectNode) JSON.readTree(clean);
            change.accept(document);
            return OpenApiRules.violations(JSON.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode at(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    @Test
    void aDocumentKeepingEveryRuleHasNoViolation() {
        assertEquals(List.of(), violationsOnce(document -> { }));
    }

    @Test
    void anInfoWithoutTitleOrVersionIsNamed() {
        assertEquals(List.of("info: no title", "info: no version"),
                violationsOnce(document -> at(document, "/info").remove(List.of("title", "version"))));
    }

    @Test
    void aPlaceholderVersionIsNamed() {
        assertEquals(List.of("info: version 1.0.0-SNAPSHOT is a placeholder"),
                violationsOnce(document -> at(document, "/info").put("version", "1.0.0-SNAPSHOT")));
    }

    @Test
    void anOperationWithoutIdSummaryOrTagIsNamed() {
        assertEquals(List.of("GET /api/v1/pacts: no operationId", "GET /api/v1/pacts: no summary", "GET /api/v1/pacts: no tag"),
                violationsOnce(document -> at(document, "/paths/~1api~1v1~1pacts/get").put("summary", " ")
                        .remove(List.of("operationId", "tags"))));
    }

    @Test
    void aTagNotDeclaredWithADescriptionIsNamed() {
        assertEquals(List.of("GET /api/v1/pacts: tag Treaties is not declared with a description",
                        "POST /api/v1/pacts: tag Pacts is not declared with a description",
                        "GET /api/v1/pacts/{id}: tag Pacts is not declared with a description"),
                violationsOnce(document -> {
                    at(document, "/paths/~1api~1v1~1pacts/get").putArray("tags").add("Treaties");
                    at(document, "/tags/0").remove("description");
                }));
    }

    @Test
    void aRequestBodyWithoutExampleIsNamed() {
        assertEquals(List.of("POST /api/v1/pacts: no example of its application/json body"),
                violationsOnce(document -> at(document, "/paths/~1api~1v1~1pacts/post/requestBody/content/application~1json")
                        .remove("example")));
    }

    @Test
    void aSuccessAnswerWithoutExampleOnItsMediaTypeOrSchemaIsNamedButAStreamOwesNone() {
        assertEquals(List.of("GET /api/v1/pacts: no example of its 200 answer (application/json)",
                        "POST /api/v1/pacts: no example of its 201 answer (application/json)",
                        "GET /api/v1/pacts/{id}: no example of its 200 answer (application/json)"),
                violationsOnce(document -> at(document, "/components/schemas/Pact").remove("example")));
    }

    @Test
    void anErrorAnswerThatIsNotTheSharedProblemIsNamed() {
        assertEquals(List.of("GET /api/v1/pacts/{id}: its 404 answer is not application/problem+json of #/components/schemas/Problem"),
                violationsOnce(document -> at(document, "/components/responses/NotFound/content")
                        .set("application/json", JSON.createObjectNode())));
    }

    @Test
    void anOperationWithAPathParameterWithout404IsNamed() {
        assertEquals(List.of("GET /api/v1/pacts/{id}: no 404 answer"),
                violationsOnce(document -> at(document, "/paths/~1api~1v1~1pacts~1{id}/get/responses").remove("404")));
    }

    @Test
    void anOperationWithQueryParametersOrABodyWithout400IsNamed() {
        assertEquals(List.of("GET /api/v1/pacts: no 400 answer", "POST /api/v1/pacts: no 400 answer"),
                violationsOnce(document -> {
                    at(document, "/paths/~1api~1v1~1pacts/get/responses").remove("400");
                    at(document, "/paths/~1api~1v1~1pacts/post/responses").remove("400");
                }));
    }

    @Test
    void aSecuredOperationWithout401Or403IsNamed() {
        assertEquals(List.of("GET /api/v1/pacts: no 401 answer", "POST /api/v1/pacts: no 403 answer"),
                violationsOnce(document -> {
                    at(document, "/paths/~1api~1v1~1pacts/get/responses").remove("401");
                    at(document, "/paths/~1api~1v1~1pacts/post/responses").remove("403");
                }));
    }

    @Test
    void theDocumentsSecurityMakesAnOperationWithoutItsOwnSecured() {
        assertEquals(List.of("GET /api/v1/pacts/{id}: no 401 answer", "GET /api/v1/pacts/{id}: no 403 answer"),
                violationsOnce(document -> document.putArray("security").addObject().putArray("bearer").add("reader")));
    }

    @Test
    void anOptionalTokenOwesNo401() {
        assertEquals(List.of(), violationsOnce(document -> {
            at(document, "/paths/~1api~1v1~1pacts~1{id}/get").putArray("security").addObject();
        }));
    }

    @Test
    void aSchemaPropertyWithoutDescriptionIsNamed() {
        assertEquals(List.of("schema Pact.id: no description"),
                violationsOnce(document -> at(document, "/components/schemas/Pact/properties/id").remove("description")));
    }

    @Test
    void aReferencePropertyIsDescribedByItsTarget() {
        assertEquals(List.of("schema Pact.status: no description"),
                violationsOnce(document -> at(document, "/components/schemas/PactStatus").remove("description")));
    }

    @Test
    void aNullableReferencePropertyIsDescribedByItsTarget() {
        Consumer<ObjectNode> nullableStatus = document -> at(document, "/components/schemas/Pact/properties").putObject("status")
                .putArray("anyOf").add(JSON.createObjectNode().put("$ref", "#/components/schemas/PactStatus"))
                .add(JSON.createObjectNode().put("type", "null"));
        assertEquals(List.of(), violationsOnce(nullableStatus));
        assertEquals(List.of("schema Pact.status: no description"), violationsOnce(nullableStatus
                .andThen(document -> at(document, "/components/schemas/PactStatus").remove("description"))));
    }
}
