package org.entente.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the gateway's and each service's OpenAPI documents into one for client generators: every
 * path, every component (a name two documents use for different things is prefixed with the
 * document's name, and its references follow), every tag, and operation ids made unique the same way.
 */
final class SuiteDocument {

    private final JsonObject merged;
    private final Set<String> operationIds = new HashSet<>();

    SuiteDocument(String title, String version, String server) {
        merged = new JsonObject()
                .put("info", new JsonObject().put("title", title).put("version", version)
                        .put("description", "Every operation of the Entente suite, as served through the gateway."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", server)))
                .put("paths", new JsonObject())
                .put("components", new JsonObject())
                .put("tags", new JsonArray());
    }

    /** Adds one document; {@code name} (e.g. {@code alliance-service}) qualifies what would clash. */
    SuiteDocument add(String name, JsonObject document) {
        JsonObject doc = document.copy();
        if (!merged.containsKey("openapi")) {
            merged.put("openapi", doc.getString("openapi", "3.0.3"));
        }
        // a rename changes the references in other components, which may then clash in turn
        for (int round = 0; round < 10; round++) {
            Map<String, String> renamed = renameClashingComponents(name, doc);
            if (renamed.isEmpty()) {
                break;
            }
            rewriteRefs(doc, renamed);
        }
        mergeComponents(doc);
        mergePaths(name, doc);
        mergeTags(doc);
        if (doc.containsKey("security") && !merged.containsKey("security")) {
            merged.put("security", doc.getJsonArray("security"));
        }
        return this;
    }

    JsonObject json() {
        return merged;
    }

    private Map<String, String> renameClashingComponents(String name, JsonObject doc) {
        Map<String, String> renamed = new HashMap<>();
        JsonObject components = doc.getJsonObject("components", new JsonObject());
        JsonObject mergedComponents = merged.getJsonObject("components");
        for (String section : components.fieldNames()) {
            JsonObject mine = components.getJsonObject(section);
            JsonObject theirs = mergedComponents.getJsonObject(section, new JsonObject());
            Map<String, Object> renamedSection = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : mine) {
                String key = entry.getKey();
                if (theirs.containsKey(key) && !theirs.getValue(key).equals(entry.getValue())) {
                    String qualified = pascal(name) + key;
                    renamed.put("#/components/" + section + "/" + key, "#/components/" + section + "/" + qualified);
                    renamedSection.put(qualified, entry.getValue());
                } else {
                    renamedSection.put(key, entry.getValue());
                }
            }
            components.put(section, new JsonObject(renamedSection));
        }
        return renamed;
    }

    private static void rewriteRefs(Object node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof JsonObject object) {
            for (String key : List.copyOf(object.fieldNames())) {
                Object value = object.getValue(key);
                if ("$ref".equals(key) && value instanceof String ref && renamed.containsKey(ref)) {
                    object.put(key, renamed.get(ref));
                } else {
                    rewriteRefs(value, renamed);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> rewriteRefs(item, renamed));
        }
    }

    private void mergeComponents(JsonObject doc) {
        JsonObject components = doc.getJsonObject("components", new JsonObject());
        JsonObject mergedComponents = merged.getJsonObject("components");
        for (String section : components.fieldNames()) {
            if (!mergedComponents.containsKey(section)) {
                mergedComponents.put(section, new JsonObject());
            }
            JsonObject target = mergedComponents.getJsonObject(section);
            for (Map.Entry<String, Object> component : components.getJsonObject(section)) {
                if (!target.containsKey(component.getKey())) { // an equal one is there already
                    target.put(component.getKey(), component.getValue());
                }
            }
        }
    }

    /** Adds each operation; one whose path and method an earlier document already has stays the earlier one's. */
    private void mergePaths(String name, JsonObject doc) {
        JsonObject paths = merged.getJsonObject("paths");
        for (Map.Entry<String, Object> path : doc.getJsonObject("paths", new JsonObject())) {
            JsonObject item = (JsonObject) path.getValue();
            JsonObject existing = paths.getJsonObject(path.getKey());
            if (existing == null) {
                existing = new JsonObject();
                paths.put(path.getKey(), existing);
            }
            for (String key : item.fieldNames()) {
                if (existing.containsKey(key)) {
                    continue;
                }
                Object value = item.getValue(key);
                if (value instanceof JsonObject operation && isMethod(key)) {
                    operation.put("operationId", uniqueOperationId(name, key, path.getKey(), operation));
                }
                existing.put(key, value);
            }
        }
    }

    private String uniqueOperationId(String name, String method, String path, JsonObject operation) {
        String id = operation.getString("operationId");
        if (id == null) {
            id = method + pascal(path.replaceAll("[{}]", ""));
        }
        if (!operationIds.add(id)) {
            id = camel(name) + pascal(id);
            operationIds.add(id);
        }
        return id;
    }

    private void mergeTags(JsonObject doc) {
        JsonArray tags = merged.getJsonArray("tags");
        Set<String> known = new HashSet<>();
        tags.forEach(tag -> known.add(((JsonObject) tag).getString("name")));
        doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
            if (known.add(((JsonObject) tag).getString("name"))) {
                tags.add(tag);
            }
        });
    }

    /** Whether a key of a path item is an operation (not {@code parameters}, {@code summary}, ...). */
    static boolean isMethod(String key) {
        return Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(key);
    }

    /** {@code alliance-service} becomes {@code AllianceService}; {@code /api/v1/x} becomes {@code ApiV1X}. */
    static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }

    static String camel(String text) {
        String pascal = pascal(text);
        return pascal.isEmpty() ? pascal : pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
    }
}
