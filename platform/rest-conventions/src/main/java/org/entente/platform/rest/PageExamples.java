package org.entente.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every page schema ({@link Page}, or any object whose {@code items} are an array of a documented schema)
 * an example built from its item's: one item, and each other property with its own example or null (on a
 * {@link Page}, {@code next} is null: the last page). The item schemas carry the real examples, so a page's
 * example is not written again beside each list.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageExamples implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> exemplify(openAPI, schema));
    }

    /** Sets the example of {@code page} when it is a page without one whose item schema has one. */
    public static void exemplify(OpenAPI openAPI, Schema page) {
        Schema items = page.getProperties() == null ? null : page.getProperties().get("items");
        if (SchemaExamples.of(openAPI, page) != null || items == null || items.getItems() == null) {
            return;
        }
        Object item = SchemaExamples.of(openAPI, items.getItems());
        if (item == null) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        page.getProperties().forEach((name, property) -> example.put(name,
                name.equals("items") ? List.of(item) : SchemaExamples.of(openAPI, property)));
        page.setExamples(List.of(example));
    }
}
