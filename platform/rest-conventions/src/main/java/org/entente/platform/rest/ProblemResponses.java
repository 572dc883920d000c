package org.entente.platform.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problems every API operation can answer, so resources declare only the ones that
 * say something particular (a 409 rule, a specific 404): 400, 401 and 403 everywhere; 404 with a
 * path parameter; 412 and 428 with {@code If-Match}; 413 and 415 with a body; 500. Each is
 * {@code application/problem+json} with the {@link Problem} schema. An OpenAPI filter
 * ({@code mp.openapi.filter}) rather than annotations repeated on every resource.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                document(path.getKey(), operation);
                any = true;
            }
        }
        if (any) {
            declareProblemSchema(openAPI);
        }
    }

    private static void document(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Invalid input or parameter; `errors` names each field");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The token's role is too low for this operation");
        if (path.contains("{")) {
            add(responses, "404", "Nothing at this address");
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412", "The resource changed since it was read (stale `If-Match`)");
            add(responses, "428", "`If-Match` is missing");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is over the size limit (1 MiB)");
            add(responses, "415", "The body's content type is not accepted here");
        }
        add(responses, "500", "An unexpected error; the problem carries the request id to report");
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    /** The Problem schema, unless an annotation brought it in already. */
    private static void declareProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text);
        components.addSchema("Problem", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text).addProperty("instance", text).addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY)).items(fieldError)));
    }
}
