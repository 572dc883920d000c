package org.entente.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * A property that refers to a schema has the type of that schema: a {@code type} written beside its
 * {@code $ref} is dropped. SmallRye writes one there for a property with its own {@code @Schema}, once
 * {@code object} beside a reference to a string, which no value can satisfy; generators then warn, or
 * pick the wrong one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ReferencedTypes implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().stream()
                .filter(schema -> schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().values().stream())
                .filter(property -> property.getRef() != null && property.getType() != null)
                .forEach(property -> property.setType(null));
    }
}
