package org.entente.platform.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the conditional reads of {@link ConditionalReads} on every {@code GET} under {@code /api/} that
 * answers JSON (a stream of events or an export does not): the {@code If-None-Match} parameter, the
 * {@code ETag} and {@code Cache-Control} of its answer, and {@code 304}. Once, here, rather than on each
 * resource.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ConditionalReadResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getOperations() == null ? null : item.getOperations().get(PathItem.HttpMethod.GET);
            if (path.startsWith("/api/") && get != null && answersJson(get)) {
                document(get);
            }
        });
    }

    /**
     * A JSON answer, or a list that exports NDJSON: its JSON page is declared by the export module's filter,
     * which may run after this one (the order of filters is not fixed; the 304 of the lists came and went).
     */
    private static boolean answersJson(Operation get) {
        APIResponse ok = get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().keySet().stream()
                .anyMatch(type -> type.startsWith("application/json") || type.startsWith("application/x-ndjson"));
    }

    private static void document(Operation get) {
        boolean declared = get.getParameters() != null && get.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-None-Match".equalsIgnoreCase(p.getName()));
        if (!declared) {
            get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The `ETag` of the answer you hold: `304` without a body while it is current")
                    .schema(text()));
        }
        APIResponse ok = get.getResponses().getAPIResponse("200");
        ok.addHeader("ETag", etag()).addHeader("Cache-Control", cacheControl());
        if (!get.getResponses().hasAPIResponse("304")) {
            get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the `ETag` in `If-None-Match` is still current; no body")
                    .addHeader("ETag", etag()).addHeader("Cache-Control", cacheControl()));
        }
    }

    private static Header etag() {
        return OASFactory.createHeader().schema(text()).description("The record's version (`\"7\"`) or, for a page or"
                + " a view, a weak tag of its content (`W/\"...\"`); send it in `If-None-Match`");
    }

    private static Header cacheControl() {
        return OASFactory.createHeader().schema(text()).description("`" + CacheHeaders.READ + "`: the client may keep"
                + " the answer and revalidates it before use; shared caches do not keep it (it depends on the token)");
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
