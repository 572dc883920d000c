package org.entente.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem, the body of every error answer in Entente.
 *
 * @param type      a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param requestId the request's {@code X-Request-Id}, to find it in the logs
 * @param errors    for invalid input: each offending field and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "urn:entente:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "name: must not be blank") String detail,
        @Schema(example = "/api/v1/alliances") String instance,
        @Schema(example = "5f0c6a52-3b1e-4a57-9a43-2f0f7f6b8d11") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (e.g. {@code members[2].joined}) and the message. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String detail, String instance, String requestId) {
        return new Problem(ProblemTypes.ABOUT_BLANK, reason(status), status, detail, instance, requestId, null);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 431 -> "Request Header Fields Too Large";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
