package org.entente.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code $ref}s of an OpenAPI document (as parsed JSON) that point at nothing in it. */
public final class OpenApiRefs {

    private OpenApiRefs() {
    }

    public static List<String> dangling(Map<String, Object> document) {
        List<String> refs = new ArrayList<>();
        collect(document, refs);
        return refs.stream().filter(ref -> resolve(document, ref) == null).toList();
    }

    private static void collect(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key) && value instanceof String ref) {
                    refs.add(ref);
                } else {
                    collect(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, refs));
        }
    }

    private static Object resolve(Map<String, Object> document, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        Object node = document;
        for (String name : ref.substring(2).split("/")) {
            node = node instanceof Map<?, ?> map ? map.get(name.replace("~1", "/").replace("~0", "~")) : null;
        }
        return node;
    }
}
