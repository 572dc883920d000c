package org.entente.platform.export;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.PageExamples;

/**
 * Documents the exports of every list operation (those with a {@code format} query parameter): the
 * parameter's values, and on its 200 answer, which declares the item schema as its
 * {@code application/x-ndjson} content: the JSON page of those items, {@code text/csv} as text, and the
 * {@code Content-Disposition} header. Generated rather than annotations repeated on every list.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExportResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                if (!exports(operation)) {
                    continue;
                }
                operation.getParameters().stream().filter(ExportResponses::isFormat).forEach(format -> format
                        .description(ExportFormat.PARAMETER_DOC).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .enumeration(Arrays.stream(ExportFormat.values()).map(f -> (Object) f.extension()).toList())));
                if (operation.getResponses() != null
                        && operation.getResponses().getAPIResponse("200") != null) {
                    document(openAPI, operation.getResponses().getAPIResponse("200"));
                }
            }
        }
    }

    private static boolean exports(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(ExportResponses::isFormat);
    }

    private static boolean isFormat(Parameter parameter) {
        return parameter.getIn() == Parameter.In.QUERY && ExportFormat.PARAMETER.equals(parameter.getName());
    }

    /** The JSON page comes first: generated clients take the first type for their answer and their {@code Accept}. */
    private static void document(OpenAPI openAPI, APIResponse answer) {
        Content declared = answer.getContent() == null ? OASFactory.createContent() : answer.getContent();
        MediaType lines = declared.getMediaType(ExportFormat.NDJSON_TYPE);
        Schema item = lines == null || lines.getSchema() == null ? OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                : lines.getSchema();
        MediaType json = declared.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            Schema page = page(item);
            PageExamples.exemplify(openAPI, page);
            json = OASFactory.createMediaType().schema(page);
        }
        Content content = OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, json);
        content.addMediaType(ExportFormat.CSV_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).description("Every matching record: UTF-8, RFC 4180, a header row; the"
                        + " columns of each list are in the API conventions (Export)")));
        Schema line = item.getRef() == null ? item : OASFactory.createSchema().ref(item.getRef());
        content.addMediaType(ExportFormat.NDJSON_TYPE, OASFactory.createMediaType().schema(line.description("Every matching record, one JSON object per line: an item of the JSON page")));
        answer.setContent(content);
        answer.addHeader("Content-Disposition", OASFactory.createHeader()
                .description("On an export: `attachment; filename=\"<list>-<day>.csv\"` (or `.ndjson`)")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /** The JSON page of the items ({@code Page}): {@code {"items": [...], "next": "<cursor>" | null}}. */
    private static Schema page(Schema item) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(item))
                .addProperty("next", OASFactory.createSchema().addType(Schema.SchemaType.STRING).addType(Schema.SchemaType.NULL)
                        .description(Page.NEXT_DOC));
    }
}
