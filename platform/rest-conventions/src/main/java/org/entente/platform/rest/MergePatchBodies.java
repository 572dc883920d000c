package org.entente.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * A JSON Merge Patch body is a JSON object, though the resources read it as text: SmallRye documents
 * such a body as a string, so a generated client sent the patch as one JSON string. It is documented
 * as an object with any of the fields of the record's input (none required); so is one a resource declares
 * with its example alone ({@code @RequestBody} without a schema).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class MergePatchBodies implements OASFilter {

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        MediaType patch = body.getContent() == null ? null : body.getContent().getMediaType(MergePatch.MEDIA_TYPE);
        Schema schema = patch == null ? null : patch.getSchema();
        if (patch != null && (schema == null
                || schema.getRef() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING))) {
            patch.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("The fields to change, as in the record's input; `null` removes an optional one (RFC 7386)"));
        }
        return body;
    }
}
