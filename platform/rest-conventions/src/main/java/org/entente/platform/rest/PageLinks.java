package org.entente.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A page as a response: the page object, plus {@code Link: <...>; rel="next"} when there is a next page. */
public final class PageLinks {

    private PageLinks() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.next() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build(), "next");
        }
        return response.build();
    }
}
