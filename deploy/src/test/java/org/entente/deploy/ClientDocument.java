package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's merged OpenAPI document as committed for the Java client (client/java builds it while no
 * suite runs), held against the live {@code /openapi/all}. Only {@code servers} may differ: the live one
 * names the gateway as this test reached it.
 */
final class ClientDocument {

    static final Path FILE = LauncherProcess.REPOSITORY.resolve("client/java/src/main/openapi/entente.json");
    /** {@code -Dentente.client.refresh=true}: a stale file is rewritten from the live document instead of failing. */
    static final String REFRESH = "entente.client.refresh";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientDocument() {
    }

    /** Where the committed document differs from the live one (a few JSON pointers), or an empty list. */
    static List<String> differences(String live) throws IOException {
        List<String> found = new ArrayList<>();
        compare("", withoutServers(JSON.readTree(FILE.toFile())), withoutServers(JSON.readTree(live)), found);
        return found;
    }

    /** Writes the live document, with the committed servers, as the client's document. */
    static void refresh(String live) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(live);
        document.set("servers", JSON.readTree(FILE.toFile()).get("servers"));
        Files.writeString(FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }

    private static JsonNode withoutServers(JsonNode document) {
        ((ObjectNode) document).remove("servers");
        return document;
    }

    private static void compare(String pointer, JsonNode committed, JsonNode live, List<String> found) {
        if (found.size() >= 5 || committed.equals(live)) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            List<String> names = new ArrayList<>();
            committed.fieldNames().forEachRemaining(names::add);
            live.fieldNames().forEachRemaining(name -> {
                if (!names.contains(name)) {
                    names.add(name);
                }
            });
            for (String name : names) {
                JsonNode a = committed.get(name);
                JsonNode b = live.get(name);
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (a == null || b == null) {
                    found.add(at + (a == null ? " (only live)" : " (only committed)"));
                } else {
                    compare(at, a, b, found);
                }
            }
        } else {
            found.add(pointer.isEmpty() ? "/" : pointer);
        }
    }
}
