package org.entente.platform.testing;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request without a body, as the validator should see it: without the {@code Content-Type} REST Assured
 * adds to every bodyless POST (a form type). A client that sends no body names no type; the document
 * rightly declares only the type of the body it takes.
 */
record BodylessRequest(Request sent) implements Request {

    static Request of(Request sent) {
        boolean hasBody = sent.getRequestBody().map(Body::hasBody).orElse(false) || sent.getBody().filter(body -> !body.isEmpty()).isPresent();
        return hasBody ? sent : new BodylessRequest(sent);
    }

    @Override
    public String getPath() {
        return sent.getPath();
    }

    @Override
    public Method getMethod() {
        return sent.getMethod();
    }

    @Override
    public Optional<String> getBody() {
        return Optional.empty();
    }

    @Override
    public Optional<Body> getRequestBody() {
        return Optional.empty();
    }

    @Override
    public Collection<String> getQueryParameters() {
        return sent.getQueryParameters();
    }

    @Override
    public Collection<String> getQueryParameterValues(String name) {
        return sent.getQueryParameterValues(name);
    }

    @Override
    public Map<String, Collection<String>> getHeaders() {
        return sent.getHeaders().entrySet().stream().filter(header -> !isContentType(header.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Collection<String> getHeaderValues(String name) {
        return isContentType(name) ? List.of() : sent.getHeaderValues(name);
    }

    private static boolean isContentType(String name) {
        return "Content-Type".equalsIgnoreCase(name);
    }
}
