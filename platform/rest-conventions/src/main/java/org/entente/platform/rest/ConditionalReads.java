package org.entente.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Conditional reads (RFC 9110, section 13.1.2): a {@code GET} or {@code HEAD} whose answer would be
 * {@code 200} with an {@code ETag} is answered {@code 304 Not Modified}, with the ETag and without a body,
 * when the request's {@code If-None-Match} names that tag (weakly) or is {@code *}. A JSON answer without
 * a version of its own (a page, a view) gets a tag of its content first ({@link ContentTags}). The records
 * are still read; what a puller saves is the transfer and the parsing.
 */
@Provider
public class ConditionalReads implements ContainerResponseFilter {

    private final ObjectMapper mapper;

    @Context
    ResourceInfo resource;

    ConditionalReads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !("GET".equals(method) || "HEAD".equals(method))) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            Optional<byte[]> json = ContentTags.jsonOf(response.getEntity(), response.getMediaType(), produced(), mapper);
            if (json.isEmpty()) {
                return;
            }
            tag = ContentTags.of(json.get());
            // sent as it was hashed: serialized once
            response.setEntity(json.get(), response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || !ETags.matches(ifNoneMatch, tag.getValue())) {
            return;
        }
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }

    /** What the resource method declares it produces, or its class; null for an answer of no resource method. */
    private Produces produced() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null ? produces : resource.getResourceClass().getAnnotation(Produces.class);
    }
}
