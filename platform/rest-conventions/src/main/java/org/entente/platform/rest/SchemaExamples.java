package org.entente.platform.rest;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The example of a schema in an OpenAPI model, for filters that build an example from their parts' own. */
public final class SchemaExamples {

    private static final String SCHEMAS = "#/components/schemas/";

    private SchemaExamples() {
    }

    /** Its first example, or null; a reference to a component schema is followed. */
    public static Object of(OpenAPI openAPI, Schema schema) {
        Schema target = schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMAS) ? schema
                : named(openAPI, schema.getRef().substring(SCHEMAS.length()));
        if (target == null) {
            return null;
        }
        return target.getExamples() != null && !target.getExamples().isEmpty() ? target.getExamples().get(0) : target.getExample();
    }

    /** The component schema of that name, or null. */
    public static Schema named(OpenAPI openAPI, String name) {
        return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null ? null
                : openAPI.getComponents().getSchemas().get(name);
    }
}
