package org.entente.platform.changes;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.entente.platform.rest.SchemaExamples;

/**
 * Names each service's change feed operation in its OpenAPI document: the operation is declared once,
 * in {@link ChangeFeedResource}, so its id, summary and description are given here from its path
 * ({@code /api/v1/alliances/changes}: {@code listAllianceChanges}), unique in the suite's merged document.
 * Its example answer is the creation of the record of the service's own examples: {@code AllianceView} as it
 * is created from {@code AllianceInput}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ChangeFeedOperations implements OASFilter {

    static final String HOW_TO_FOLLOW = "Without `after`: no changes and the cursor of now. Take it, read the collection whole,"
            + " then follow this feed from the cursor: you end with exactly the service's records, deletions included (a"
            + " DELETED change is a tombstone). Changes of one record come in the order they were made; a change to a part of a"
            + " record (a membership, a milestone, a participant) is an UPDATED record whose `details` hold that part (an"
            + " alliance's re-import: `details.memberships`, every period). Ask again with `next` at once while `more` is"
            + " true, otherwise at your polling interval. Changes are kept for `entente.outbox.retention` (7 days by default);"
            + " a cursor older than that is a 410: read everything again.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            String[] segments = path.getKey().split("/");
            Operation get = path.getValue().getGET();
            if (get == null || segments.length != 5 || !path.getKey().startsWith("/api/v1/") || !segments[4].equals("changes")) {
                continue;
            }
            String collection = segments[3]; // alliances, agreements, exercises: their singular drops the s
            String singular = collection.substring(0, collection.length() - 1);
            get.setOperationId("list" + Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + "Changes");
            get.setSummary("Changes to " + collection + " since a cursor");
            get.setDescription(HOW_TO_FOLLOW);
            exemplify(openAPI, get, singular);
        }
    }

    private static void exemplify(OpenAPI openAPI, Operation get, String singular) {
        String type = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        Object record = SchemaExamples.of(openAPI, SchemaExamples.named(openAPI, type + "View"));
        Object input = SchemaExamples.of(openAPI, SchemaExamples.named(openAPI, type + "Input"));
        APIResponse answer = get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        MediaType json = answer == null || answer.getContent() == null ? null : answer.getContent().getMediaType("application/json");
        if (!(record instanceof Map<?, ?> view) || !(input instanceof Map<?, ?> fields) || json == null) {
            return;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", view.get("id"));
        created.put("change", ChangeKind.CREATED.name());
        created.put("type", "org.entente." + singular + ".created.v1");
        created.put("at", view.get("createdAt"));
        created.put("record", view);
        created.put("details", Map.of("changed", List.copyOf(fields.keySet())));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", List.of(created));
        page.put("next", ChangeFeed.cursor(1042));
        page.put("more", false);
        json.setExample(page);
    }
}
