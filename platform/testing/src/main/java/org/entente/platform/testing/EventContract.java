package org.entente.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Every Kafka record a test reads ({@link KafkaEvents}) held against the AsyncAPI document of the
 * service under test, {@code /asyncapi.yaml} ({@code META-INF/resources/asyncapi.yaml} on the test's
 * classpath): a record on a channel the document declares must be one of the channel's messages (by
 * its {@code ce_type}), with the headers and the payload its schemas describe. A mismatch fails the test
 * that read the record. Records on other channels (another service's, which a test stands in for) are
 * that service's to check.
 *
 * <p>The payload schemas may point into the service's OpenAPI document
 * ({@code $ref: '/q/openapi?format=json#/components/schemas/AllianceView'}): an event carries a record
 * as the API shows it, described once. That document is read from the app under test.
 *
 * <p>Tests outside Quarkus (the end-to-end ones) take a service's contract with {@link #of}: its AsyncAPI
 * document from the checkout, its OpenAPI document from where the running suite serves it.
 */
public final class EventContract {

    static final String DOCUMENT = "META-INF/resources/asyncapi.yaml";
    static final String OPENAPI = "/q/openapi?format=json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final EventContract OWN = new EventContract(EventContract::classpathDocument,
            () -> given().get(OPENAPI).then().statusCode(200).extract().asString());

    private final Map<String, Messages> channels = new HashMap<>();
    private final Supplier<JsonNode> asyncApi;
    private final Supplier<String> openApi;
    private JsonNode document;
    private boolean read;

    private EventContract(Supplier<JsonNode> asyncApi, Supplier<String> openApi) {
        this.asyncApi = asyncApi;
        this.openApi = openApi;
    }

    /** A service's contract: its AsyncAPI document in a file, its OpenAPI document at a URL. */
    public static EventContract of(Path asyncApiFile, String openApiUrl) {
        return new EventContract(() -> {
            try {
                return YAML.readTree(asyncApiFile.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + asyncApiFile, e);
            }
        }, () -> ServedDocuments.read(openApiUrl));
    }

    /** The messages of one channel by name ({@code ce_type}), each with its header and payload schema. */
    private record Messages(Map<String, Schema> headers, Map<String, Schema> payloads) {
    }

    /** Checks one record read from Kafka against the document of the service under test. */
    public static void check(ConsumerRecord<String, byte[]> record) {
        OWN.verify(record);
    }

    /** Checks one record read from Kafka; an AssertionError names what the document and the record disagree on. */
    public void verify(ConsumerRecord<String, byte[]> record) {
        Messages messages = messages(record.topic());
        if (messages == null) {
            return;
        }
        String type = header(record, "ce_type");
        if (!messages.payloads().containsKey(type)) {
            throw new AssertionError("Event contract: " + record.topic() + " carries " + type + ", which " + DOCUMENT
                    + " does not declare on that channel (it declares " + messages.payloads().keySet() + ")");
        }
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        fail(record, type, "headers", messages.headers().get(type).validate(headers, EventContract::assertFormats));
        JsonNode payload;
        try {
            payload = JSON.readTree(record.value());
        } catch (IOException e) {
            throw new AssertionError("Event contract: " + type + " on " + record.topic() + " is not JSON: " + e.getMessage());
        }
        fail(record, type, "payload", messages.payloads().get(type).validate(payload, EventContract::assertFormats));
    }

    private static void fail(ConsumerRecord<String, byte[]> record, String type, String part, List<Error> errors) {
        if (!errors.isEmpty()) {
            throw new AssertionError("Event contract: the " + part + " of " + type + " (" + record.topic() + ", key " + record.key()
                    + ") do not match " + DOCUMENT + ":\n  " + errors.stream().map(Error::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The channel's messages, or null when the document does not declare it (or there is no document). */
    private synchronized Messages messages(String channel) {
        JsonNode asyncApi = document();
        if (asyncApi == null || !asyncApi.path("channels").has(channel)) {
            return null;
        }
        return channels.computeIfAbsent(channel, name -> {
            JsonNode root = schemaRoot(asyncApi);
            Map<String, Schema> headers = new HashMap<>();
            Map<String, Schema> payloads = new HashMap<>();
            for (JsonNode reference : asyncApi.path("channels").path(name).path("subscribe").path("message").path("oneOf")) {
                JsonNode message = resolve(asyncApi, reference.path("$ref").asText());
                String type = message.path("name").asText();
                headers.put(type, schema(root, message.path("headers")));
                payloads.put(type, schema(root, message.path("payload")));
            }
            return new Messages(headers, payloads);
        });
    }

    private JsonNode document() {
        if (!read) {
            read = true;
            document = asyncApi.get();
        }
        return document;
    }

    private static JsonNode classpathDocument() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            return in == null ? null : YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DOCUMENT, e);
        }
    }

    /**
     * One schema document holding what the message schemas refer to: the AsyncAPI document's components
     * under {@code components} and, when they point into the OpenAPI document, its components under
     * {@code openapi}, every {@code $ref} rewritten to point within this one document.
     */
    private JsonNode schemaRoot(JsonNode asyncApi) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("components", rewriteRefs(asyncApi.path("components").deepCopy(), false));
        if (asyncApi.toString().contains(OPENAPI + "#")) {
            JsonNode openApi;
            try {
                openApi = JSON.readTree(this.openApi.get());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the service's OpenAPI document", e);
            }
            ObjectNode components = JsonNodeFactory.instance.objectNode();
            components.set("components", rewriteRefs(openApi.path("components").deepCopy(), true));
            root.set("openapi", components);
        }
        return root;
    }

    private static JsonNode rewriteRefs(JsonNode node, boolean withinOpenApi) {
        if (node instanceof ObjectNode object) {
            Iterator<Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    String ref = field.getValue().asText();
                    if (ref.startsWith(OPENAPI + "#/")) {
                        field.setValue(TextNode.valueOf("#/openapi/" + ref.substring(OPENAPI.length() + 2)));
                    } else if (withinOpenApi && ref.startsWith("#/")) {
                        field.setValue(TextNode.valueOf("#/openapi/" + ref.substring(2)));
                    }
                } else {
                    rewriteRefs(field.getValue(), withinOpenApi);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> rewriteRefs(element, withinOpenApi));
        }
        return node;
    }

    private static Schema schema(JsonNode root, JsonNode part) {
        ObjectNode schema = ((ObjectNode) root).deepCopy();
        JsonNode rewritten = rewriteRefs(part.deepCopy(), false);
        if (rewritten.has("$ref")) {
            schema.set("$ref", rewritten.get("$ref"));
        } else {
            schema.setAll((ObjectNode) rewritten);
        }
        return SCHEMAS.getSchema(schema);
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        JsonNode node = document.at(ref.substring(1));
        if (node.isMissingNode()) {
            throw new AssertionError(DOCUMENT + " refers to " + ref + ", which it does not have");
        }
        return node;
    }

    /** Formats ({@code uuid}, {@code date-time}) are checked too, not only noted. */
    private static void assertFormats(ExecutionContext context) {
        context.executionConfig(config -> config.formatAssertionsEnabled(true));
    }
}
