package org.entente.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a client generator would trip over in an OpenAPI 3 document: swagger-parser's messages (errors
 * and warnings) once every {@code $ref} is resolved, and each {@code $ref} that points at nothing.
 */
public final class OpenApiParse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiParse() {
    }

    /** Empty when the document parses as OpenAPI 3 with nothing unresolved. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            problems.add("not an OpenAPI 3 document");
        }
        try {
            OpenApiRefs.dangling(JSON.readValue(document, Map.class)).forEach(ref -> problems.add("unresolved $ref " + ref));
        } catch (JsonProcessingException e) {
            problems.add("not JSON: " + e.getOriginalMessage());
        }
        return problems;
    }
}
