package org.entente.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The rules of a document a user can rely on (issue 16), one readable line for each place that breaks one:
 * <ul>
 * <li>{@code info.title} and {@code info.version} are set, the version not a placeholder ({@code SNAPSHOT}, {@code 0.0.0}).
 * <li>Every operation has an {@code operationId}, a summary and a tag, and each tag is declared in {@code tags} with a
 * description (Swagger UI shows it as the group's heading).
 * <li>Every request body, and every 2xx answer with content, has an example: on the media type ({@code example} or
 * {@code examples}) or on the schema it uses ({@code example} or {@code examples}, following one {@code $ref}). Streams
 * and files are exempt ({@link #STREAMS}): their content is many records or a file's bytes, and what one record looks
 * like is the JSON schema's (an NDJSON line is a JSON item).
 * <li>Every 4xx and 5xx answer is {@code application/problem+json} of the shared {@code Problem} schema, and an operation
 * documents the problems it can answer: 404 with a path parameter (the thing named is not there), 400 with a body or
 * a query parameter, 401 and 403 when its {@code security} asks for a token. An operation without {@code security}
 * is open (the services' health, documents, and a public read) and owes no 401.
 * <li>Every property of a schema in {@code components.schemas} has a description; a property that is only a
 * {@code $ref} (or a nullable one, {@code anyOf} the {@code $ref} and {@code null}) is described by its target's
 * description (the documents are OpenAPI 3.1, where a description may also stand beside the {@code $ref}).
 * </ul>
 */
public final class OpenApiRules {

    /** Media types whose content is a stream of records or a file, where one example body means nothing. */
    public static final Set<String> STREAMS = Set.of("text/event-stream", "text/csv", "application/x-ndjson",
            "application/octet-stream");

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiRules() {
    }

    /** Empty when the document keeps every rule. */
    public static List<String> violations(String documentJson) {
        JsonNode document;
        try {
            document = JSON.readTree(documentJson);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        List<String> violations = new ArrayList<>();
        info(document, violations);
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operation(document, name, path.getValue(), operation.getValue(), violations);
            }
        }));
        document.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue().path("properties")
                .fields().forEachRemaining(property -> {
                    if (!described(property.getValue()) && !described(referenced(document, property.getValue()))) {
                        violations.add("schema " + schema.getKey() + "." + property.getKey() + ": no description");
                    }
                }));
        return violations;
    }

    private static void info(JsonNode document, List<String> violations) {
        JsonNode info = document.path("info");
        if (blank(info.path("title"))) {
            violations.add("info: no title");
        }
        String version = info.path("version").asText("");
        if (version.isBlank()) {
            violations.add("info: no version");
        } else if (version.contains("SNAPSHOT") || version.equals("0.0.0")) {
            violations.add("info: version " + version + " is a placeholder");
        }
    }

    private static void operation(JsonNode document, String name, JsonNode path, JsonNode operation, List<String> violations) {
        if (blank(operation.path("operationId"))) {
            violations.add(name + ": no operationId");
        }
        if (blank(operation.path("summary"))) {
            violations.add(name + ": no summary");
        }
        if (operation.path("tags").isEmpty()) {
            violations.add(name + ": no tag");
        }
        operation.path("tags").forEach(tag -> {
            if (StreamSupport.stream(document.path("tags").spliterator(), false)
                    .noneMatch(declared -> declared.path("name").asText().equals(tag.asText()) && !blank(declared.path("description")))) {
                violations.add(name + ": tag " + tag.asText() + " is not declared with a description");
            }
        });
        JsonNode body = resolve(document, operation.path("requestBody"));
        body.path("content").fields().forEachRemaining(media -> {
            if (!STREAMS.contains(media.getKey()) && !exemplified(document, media.getValue())) {
                violations.add(name + ": no example of its " + media.getKey() + " body");
            }
        });
        JsonNode responses = operation.path("responses");
        responses.fields().forEachRemaining(answer -> answer(document, name, answer, violations));
        List<JsonNode> parameters = new ArrayList<>();
        path.path("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
        operation.path("parameters").forEach(parameter -> parameters.add(resolve(document, parameter)));
        if (parameters.stream().anyMatch(parameter -> parameter.path("in").asText().equals("path"))) {
            documents(responses, "404", name, violations);
        }
        if (!body.isMissingNode() || parameters.stream().anyMatch(parameter -> parameter.path("in").asText().equals("query"))) {
            documents(responses, "400", name, violations);
        }
        if (secured(operation.has("security") ? operation.path("security") : document.path("security"))) {
            documents(responses, "401", name, violations);
            documents(responses, "403", name, violations);
        }
    }

    private static void answer(JsonNode document, String name, Map.Entry<String, JsonNode> answer, List<String> violations) {
        String status = answer.getKey();
        JsonNode content = resolve(document, answer.getValue()).path("content");
        if (status.startsWith("2")) {
            content.fields().forEachRemaining(media -> {
                if (!STREAMS.contains(media.getKey()) && !exemplified(document, media.getValue())) {
                    violations.add(name + ": no example of its " + status + " answer (" + media.getKey() + ")");
                }
            });
        } else if (status.startsWith("4") || status.startsWith("5")) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            if (!types.equals(List.of("application/problem+json"))
                    || !content.path("application/problem+json").path("schema").path("$ref").asText().equals(PROBLEM)) {
                violations.add(name + ": its " + status + " answer is not application/problem+json of " + PROBLEM);
            }
        }
    }

    private static void documents(JsonNode responses, String status, String name, List<String> violations) {
        if (!responses.has(status)) {
            violations.add(name + ": no " + status + " answer");
        }
    }

    /** Asks for a token: some requirement, and none of them the empty one (which makes the token optional). */
    private static boolean secured(JsonNode security) {
        return !security.isEmpty() && StreamSupport.stream(security.spliterator(), false).noneMatch(JsonNode::isEmpty);
    }

    private static boolean exemplified(JsonNode document, JsonNode media) {
        JsonNode schema = resolve(document, media.path("schema"));
        return media.has("example") || media.has("examples") || schema.has("example") || schema.has("examples");
    }

    private static boolean described(JsonNode node) {
        return !blank(node.path("description"));
    }

    private static boolean blank(JsonNode node) {
        return node.asText("").isBlank();
    }

    /** What a property that is only a reference, or a nullable one, points at; the property itself otherwise. */
    private static JsonNode referenced(JsonNode document, JsonNode property) {
        JsonNode anyOf = property.path("anyOf");
        if (anyOf.size() == 2 && StreamSupport.stream(anyOf.spliterator(), false)
                .anyMatch(option -> option.path("type").asText().equals("null"))) {
            return StreamSupport.stream(anyOf.spliterator(), false).filter(option -> option.has("$ref")).findFirst()
                    .map(option -> resolve(document, option)).orElse(property);
        }
        return resolve(document, property);
    }

    /** The node a local {@code $ref} points at, or the node itself when it is not a reference. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return ref.isEmpty() ? node : MissingNode.getInstance();
        }
        return document.at(ref.substring(1));
    }
}
