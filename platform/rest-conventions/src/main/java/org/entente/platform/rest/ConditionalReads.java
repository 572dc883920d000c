package org.entente.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Conditional reads (RFC 9110, section 13.1.2): a {@code GET} or {@code HEAD} whose answer would be
 * {@code 200} with an {@code ETag} is answered {@code 304 Not Modified}, with the ETag and without a body,
 * when the request's {@code If-None-Match} names that tag (weakly) or is {@code *}. The record is still
 * read; what a puller saves is the transfer and the parsing.
 */
@Provider
public class ConditionalReads implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !("GET".equals(method) || "HEAD".equals(method))) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag tag = response.getEntityTag();
        if (ifNoneMatch == null || tag == null || !ETags.matches(ifNoneMatch, tag.getValue())) {
            return;
        }
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }
}
