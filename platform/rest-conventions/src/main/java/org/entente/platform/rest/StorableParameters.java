package org.entente.platform.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter with text no store accepts ({@link StorableText}) with a 400 naming
 * it, before a resource can hand it to a database.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(), errors);
        collect(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, errors.stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        parameters.forEach((name, values) -> values.forEach(value -> StorableText.flaw(value)
                .ifPresent(flaw -> errors.add(new Problem.FieldError(name, flaw)))));
    }
}
