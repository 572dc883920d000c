package org.entente.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the document what the JSON says: a property that is not required is written as {@code null}
 * when it has no value (Jackson writes every field), so its schema allows {@code null}. Without this, the
 * document promised an enum value or a date where the answer holds null, and a client generated from it
 * fails on the first alliance without a dissolution date. Lists are left as they are: the services answer
 * an empty list, never null. Once, here, for every schema of every service.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableProperties implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(NullableProperties::allowNullInOptionalProperties);
    }

    private static void allowNullInOptionalProperties(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> nullable = new LinkedHashMap<>();
        properties.forEach((name, property) -> nullable.put(name, required.contains(name) ? property : nullable(property)));
        schema.setProperties(nullable); // the model hands out a read-only view
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            // a reference cannot take a type beside it: either the referenced schema or null
            Schema either = OASFactory.createSchema().description(property.getDescription()).examples(property.getExamples())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)));
            either.setDeprecated(property.getDeprecated());
            return either;
        }
        List<Schema.SchemaType> types = property.getType();
        if (types == null || types.isEmpty() || types.contains(Schema.SchemaType.NULL) || types.contains(Schema.SchemaType.ARRAY)) {
            return property;
        }
        List<Schema.SchemaType> withNull = new ArrayList<>(types);
        withNull.add(Schema.SchemaType.NULL);
        property.setType(withNull);
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            property.addEnumeration(null);
        }
        return property;
    }
}
