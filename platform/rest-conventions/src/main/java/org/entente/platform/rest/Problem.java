package org.entente.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem, the body of every error answer in Entente.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "A URI naming the kind of problem; `about:blank` when the status says it all",
                example = "urn:entente:problem:validation") String type,
        @Schema(description = "A short summary of the kind of problem", example = "Invalid request") String title,
        @Schema(description = "The HTTP status of the answer", example = "400") int status,
        @Schema(description = "What went wrong with this request", example = "name: must not be blank") String detail,
        @Schema(description = "The path of the request", example = "/api/v1/alliances") String instance,
        @Schema(description = "The request's `X-Request-Id`, to find it in the logs",
                example = "5f0c6a52-3b1e-4a57-9a43-2f0f7f6b8d11") String requestId,
        @Schema(description = "For invalid input: each offending field and what is wrong with it") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (e.g. {@code members[2].joined}) and the message. */
    @Schema(description = "One invalid field of the request")
    public record FieldError(
            @Schema(description = "The field's JSON path", example = "members[2].joined") String field,
            @Schema(description = "What is wrong with it", example = "must not be in the future") String message) {
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
