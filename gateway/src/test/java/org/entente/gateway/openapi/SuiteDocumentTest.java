package org.entente.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Merging documents keeps every operation and component, renaming only what two documents mean differently. */
class SuiteDocumentTest {

    private static JsonObject document(String path, String operationId, JsonObject viewSchema) {
        JsonObject ok = new JsonObject().put("200", new JsonObject().put("content", new JsonObject()
                .put("application/json", new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/View")))));
        return new JsonObject().put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put("get",
                        new JsonObject().put("operationId", operationId).put("responses", ok))))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("View", viewSchema)
                        .put("Problem", new JsonObject().put("type", "object"))))
                .put("tags", new JsonArray().add(new JsonObject().put("name", "Common")));
    }

    @Test
    void aSchemaNameUsedForDifferentThingsIsQualifiedAndItsReferencesFollow() {
        JsonObject merged = new SuiteDocument("Suite", "1", "http://gateway").add("alliance-service",
                        document("/api/v1/alliances", "list", new JsonObject().put("type", "object").put("title", "alliance")))
                .add("exercise-service",
                        document("/api/v1/exercises", "list", new JsonObject().put("type", "object").put("title", "exercise")))
                .json();

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals("alliance", schemas.getJsonObject("View").getString("title"));
        assertEquals("exercise", schemas.getJsonObject("ExerciseServiceView").getString("title"));
        assertNotNull(schemas.getJsonObject("Problem"), "the same Problem is kept once");
        assertEquals(3, schemas.size());
        assertEquals("#/components/schemas/ExerciseServiceView", merged.getJsonObject("paths")
                .getJsonObject("/api/v1/exercises").getJsonObject("get").getJsonObject("responses").getJsonObject("200")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals("#/components/schemas/View", merged.getJsonObject("paths")
                .getJsonObject("/api/v1/alliances").getJsonObject("get").getJsonObject("responses").getJsonObject("200")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void aSchemaThatLooksTheSameButPointsAtARenamedOneIsRenamedToo() {
        JsonObject envelope = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("problem", new JsonObject().put("$ref", "#/components/schemas/Problem")));
        JsonObject gateway = new JsonObject().put("openapi", "3.1.0").put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Envelope", envelope.copy()).put("Problem", new JsonObject().put("title", "gateway"))));
        JsonObject service = new JsonObject().put("openapi", "3.1.0").put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Envelope", envelope.copy()).put("Problem", new JsonObject().put("title", "service"))));

        JsonObject schemas = new SuiteDocument("Suite", "1", "http://gateway").add("gateway", gateway)
                .add("alliance-service", service).json().getJsonObject("components").getJsonObject("schemas");

        assertEquals("#/components/schemas/Problem",
                schemas.getJsonObject("Envelope").getJsonObject("properties").getJsonObject("problem").getString("$ref"));
        assertEquals("#/components/schemas/AllianceServiceProblem", schemas.getJsonObject("AllianceServiceEnvelope")
                .getJsonObject("properties").getJsonObject("problem").getString("$ref"));
        assertEquals("service", schemas.getJsonObject("AllianceServiceProblem").getString("title"));
    }

    @Test
    void operationIdsAreMadeUniqueAndTagsAppearOnce() {
        JsonObject merged = new SuiteDocument("Suite", "1", "http://gateway")
                .add("alliance-service", document("/api/v1/alliances", "list", new JsonObject()))
                .add("exercise-service", document("/api/v1/exercises", "list", new JsonObject()))
                .json();
        assertEquals("list", merged.getJsonObject("paths").getJsonObject("/api/v1/alliances").getJsonObject("get").getString("operationId"));
        assertEquals("exerciseServiceList",
                merged.getJsonObject("paths").getJsonObject("/api/v1/exercises").getJsonObject("get").getString("operationId"));
        assertEquals(1, merged.getJsonArray("tags").size());
        assertEquals("http://gateway", merged.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertEquals("3.1.0", merged.getString("openapi"));
    }

    @Test
    void sharedResponsesSurviveTheMergeAndAreRenamedWithTheSchemasTheyPointAt() {
        JsonObject alliances = withSharedResponses("/api/v1/alliances/{id}/suspend", "alliance");
        JsonObject exercises = withSharedResponses("/api/v1/exercises/{id}/start", "exercise");

        JsonObject merged = new SuiteDocument("Suite", "1", "http://gateway").add("alliance-service", alliances)
                .add("exercise-service", exercises).json();

        JsonObject responses = merged.getJsonObject("components").getJsonObject("responses");
        assertEquals(3, responses.size(), "the same NotAllowedInStatus once, InNewStatus once per service");
        assertEquals("#/components/schemas/View", responses.getJsonObject("InNewStatus").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals("#/components/schemas/ExerciseServiceView", responses.getJsonObject("ExerciseServiceInNewStatus")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        JsonObject exerciseAnswers = merged.getJsonObject("paths").getJsonObject("/api/v1/exercises/{id}/start")
                .getJsonObject("post").getJsonObject("responses");
        assertEquals("#/components/responses/ExerciseServiceInNewStatus", exerciseAnswers.getJsonObject("200").getString("$ref"));
        assertEquals("#/components/responses/NotAllowedInStatus", exerciseAnswers.getJsonObject("409").getString("$ref"));
        JsonObject allianceAnswers = merged.getJsonObject("paths").getJsonObject("/api/v1/alliances/{id}/suspend")
                .getJsonObject("post").getJsonObject("responses");
        assertEquals("#/components/responses/InNewStatus", allianceAnswers.getJsonObject("200").getString("$ref"));
    }

    /** A lifecycle operation answering with references to {@code components.responses}, as the services document them. */
    private static JsonObject withSharedResponses(String path, String viewTitle) {
        JsonObject problem = new JsonObject().put("application/problem+json",
                new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem")));
        JsonObject view = new JsonObject().put("application/json",
                new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/View")));
        return new JsonObject().put("openapi", "3.1.0")
                .put("paths", new JsonObject().put(path, new JsonObject().put("post", new JsonObject()
                        .put("responses", new JsonObject()
                                .put("200", new JsonObject().put("$ref", "#/components/responses/InNewStatus"))
                                .put("409", new JsonObject().put("$ref", "#/components/responses/NotAllowedInStatus"))))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject()
                                .put("View", new JsonObject().put("type", "object").put("title", viewTitle))
                                .put("Problem", new JsonObject().put("type", "object")))
                        .put("responses", new JsonObject()
                                .put("InNewStatus", new JsonObject().put("description", "In its new status").put("content", view))
                                .put("NotAllowedInStatus", new JsonObject().put("description", "Not allowed").put("content", problem))));
    }
}
