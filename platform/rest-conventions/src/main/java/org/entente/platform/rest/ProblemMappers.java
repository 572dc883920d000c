package org.entente.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that leaves a resource into a problem: a clear, specific answer for bad
 * input, 401/403 for security, and for anything unexpected a 500 without internals (logged with
 * the request id). One method per exception type, so these win over the framework's own mappers.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return e.toProblem(request.path(), RequestIds.of(request)).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonParseException malformed) {
            // the JSON body reader wraps parse errors in a plain 400
            return malformedJson(malformed, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a query or path parameter it cannot convert with 404; it is bad input
            return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400,
                    "A query or path parameter has the wrong type: " + e.getCause().getMessage(), request.path(),
                    RequestIds.of(request), null).toResponse();
        }
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", RequestIds.of(request));
        }
        Response.ResponseBuilder answer = Problem.of(status, describe(e, status, request), request.path(),
                RequestIds.of(request)).toResponseBuilder();
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE)) {
            if (original.getHeaderString(header) != null) {
                answer.header(header, original.getHeaderString(header));
            }
        }
        return answer.build();
    }

    private static String describe(WebApplicationException e, int status, HttpServerRequest request) {
        return switch (status) {
            case 404 -> "No resource at " + request.path();
            case 405 -> "Method " + request.method() + " is not allowed here";
            case 406 -> "Accept " + request.getHeader(HttpHeaders.ACCEPT) + " names no media type this resource answers in";
            case 415 -> "Content type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not supported here";
            default -> status >= 500 ? "The request could not be completed" : e.getMessage();
        };
    }

    @ServerExceptionMapper
    public Uni<Response> notAllowed(NotAllowedException e, HttpServerRequest request) {
        String requestId = RequestIds.of(request);
        return allowedMethods.of(request).map(allow -> {
            String detail = "Method " + request.method() + " is not allowed here" + allow.map(a -> "; allowed: " + a).orElse("");
            Response.ResponseBuilder answer = Problem.of(405, detail, request.path(), requestId).toResponseBuilder();
            allow.ifPresent(a -> answer.header(HttpHeaders.ALLOW, a));
            return answer.build();
        });
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new Problem(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                "The body is not well-formed JSON" + where + ": " + e.getOriginalMessage(),
                request.path(), RequestIds.of(request), null).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String known = e.getKnownPropertyIds() == null ? "" : "; known properties: "
                + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return invalid(request, path(e), "unknown property" + known);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, HttpServerRequest request) {
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "unknown value " + quoted(e.getValue()) + "; allowed: " + Arrays.stream(target.getEnumConstants())
                        .map(String::valueOf).collect(Collectors.joining(", "))
                : "cannot read " + quoted(e.getValue()) + " as " + typeName(target);
        return invalid(request, path(e), message);
    }

    @ServerExceptionMapper
    public Response unstorable(StrictJson.UnstorableString e, HttpServerRequest request) {
        String field = path(e);
        return invalid(request, field.isEmpty() ? "body" : field, e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = path(e);
        if (field.isEmpty()) {
            return invalid(request, "body", "expected a JSON " + typeName(e.getTargetType()));
        }
        return invalid(request, field, "expected " + typeName(e.getTargetType()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, HttpServerRequest request) {
        String field = path(e);
        return invalid(request, field.isEmpty() ? "body" : field, e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        return invalid(request, "body", e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, detail, request.path(),
                RequestIds.of(request), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return Problem.of(401, "A valid bearer token is required", request.path(), RequestIds.of(request))
                .toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, HttpServerRequest request) {
        return Problem.of(401, "The bearer token is invalid, expired or not issued for Entente", request.path(),
                        RequestIds.of(request))
                .toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return Problem.of(403, "Your token's roles do not allow this operation", request.path(), RequestIds.of(request))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Request %s %s (request id %s) failed", request.method(), request.path(), RequestIds.of(request));
        return Problem.of(500, "The request could not be completed; quote the request id when reporting it",
                request.path(), RequestIds.of(request)).toResponse();
    }

    private static Response invalid(HttpServerRequest request, String field, String message) {
        return new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, field + ": " + message, request.path(),
                RequestIds.of(request), List.of(new Problem.FieldError(field, message))).toResponse();
    }

    /** The JSON path of the offending value, e.g. {@code members[2].joined}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A violation's field as a client knows it: without the Java method, and without the parameter
     * name when the violation is inside a body ({@code items[0].label}), but with it for a query or
     * path parameter ({@code limit}).
     */
    static String field(ConstraintViolation<?> violation) {
        List<jakarta.validation.Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            jakarta.validation.Path.Node node = nodes.get(i);
            boolean javaOnly = node.getKind() == ElementKind.METHOD
                    || (node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1);
            if (javaOnly) {
                continue;
            }
            Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && field.length() > 0 && position != null) { // a set's elements have no position
                field.append('[').append(position).append(']');
            }
            // "<list element>" and the like name the container, not a field
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : violation.getPropertyPath().toString();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class || type.isEnum()) {
            return "string";
        }
        if (type.getSimpleName().startsWith("Local") || type.getSimpleName().equals("Instant")) {
            return "date (" + (type.getSimpleName().equals("LocalDate") ? "YYYY-MM-DD" : "ISO 8601") + ")";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
