package org.entente.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problems every API operation can answer, so resources declare only the ones that
 * say something particular (a 409 rule, a specific 404): 400, 401 and 403 everywhere; 404 with a
 * path parameter; 406 on reads; 412 and 428 with {@code If-Match}; 422 with {@code Idempotency-Key}; 413 (with the route's limit, {@link BodyLimits}) and 415
 * with a body; 500. Each is
 * {@code application/problem+json} with the {@link Problem} schema. An OpenAPI filter
 * ({@code mp.openapi.filter}) rather than annotations repeated on every resource.
 *
 * <p>It also declares the answer every lifecycle operation shares, {@link #NOT_ALLOWED_IN_STATUS},
 * once in {@code components.responses}, when an operation references it.
 */
public class ProblemResponses implements OASFilter {

    /**
     * The 409 of {@link ProblemException#notAllowed}, for
     * {@code @APIResponse(responseCode = "409", ref = ProblemResponses.NOT_ALLOWED_IN_STATUS)}.
     */
    public static final String NOT_ALLOWED_IN_STATUS = "NotAllowedInStatus";

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String NOT_ALLOWED_IN_STATUS_REF = "#/components/responses/" + NOT_ALLOWED_IN_STATUS;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean any = false;
        boolean notAllowedInStatus = false;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                document(path.getKey(), operation, path.getValue().getGET());
                any = true;
                notAllowedInStatus |= operation.getResponses().getAPIResponses().values().stream()
                        .anyMatch(response -> NOT_ALLOWED_IN_STATUS_REF.equals(response.getRef()));
            }
        }
        if (any) {
            declareProblemSchema(openAPI);
        }
        if (notAllowedInStatus) {
            openAPI.getComponents().addResponse(NOT_ALLOWED_IN_STATUS, problem(
                    "Not allowed in the current status; the problem names the status and the allowed operations"));
        }
    }

    private static void document(String path, Operation operation, Operation get) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        dropGeneratedDescriptions(responses);
        add(responses, "400", "Invalid input or parameter; `errors` names each field");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The token's role is too low for this operation");
        if (path.contains("{")) {
            add(responses, "404", "Nothing at this address");
        }
        if (operation == get) {
            add(responses, "406", "None of the media types in `Accept` is one this operation answers");
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            add(responses, "422", "The `Idempotency-Key` was used before with another body");
        }
        if (hasHeader(operation, "If-Match")) {
            add(responses, "412", "The resource changed since it was read (stale `If-Match`)");
            add(responses, "428", "`If-Match` is missing");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", (BodyLimits.isUpload(path) ? "The file" : "The body") + " is over the size limit ("
                    + BodyLimits.describe(BodyLimits.limitFor(path)) + ")");
            add(responses, "415", "The body's content type is not accepted here");
        }
        add(responses, "500", "An unexpected error; the problem carries the request id to report");
    }

    /**
     * SmallRye sets the reason phrase ({@code OK}) beside a reference for the operation's default
     * status; in OpenAPI 3.1 a reference's description overrides the referenced answer's, so it goes.
     */
    private static void dropGeneratedDescriptions(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null && status.matches("\\d{3}")
                    && reasonPhrase(Integer.parseInt(status)).equals(response.getDescription())) {
                response.setDescription(null);
            }
        });
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "" : known.getReasonPhrase();
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problem(description));
            return;
        }
        APIResponse declared = responses.getAPIResponse(status);
        if (declared.getRef() == null && declared.getContent() == null) {
            // declared by a resource for its description alone: the answer is still a problem
            declared.setContent(problem(description).getContent());
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
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
