package org.entente.platform.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.entente.platform.rest.Problem;
import org.entente.platform.tokens.Roles;

/**
 * The change feed operation, the same in every service: a service's resource extends it with its
 * path and tag, and overrides {@link #changes} to name the operation in its OpenAPI document and
 * to require the reader role again (the JAX-RS and OpenAPI annotations here are inherited, security
 * annotations are not).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ChangeFeedResource {

    private final ChangeFeed feed;

    protected ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed(Roles.READER)
    // Quarkus documents the security of @RolesAllowed methods, but not of this one, declared on the class each feed extends
    @SecurityRequirement(name = "bearer", scopes = Roles.READER)
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the feed keeps (or not of this feed): read"
            + " everything again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage changes(
            @QueryParam("after") @Parameter(description = "The `next` of the previous answer; none for the cursor of now") String after,
            @QueryParam("limit") @Parameter(description = "At most this many changes, 1 to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit) {
        return feed.read(after, limit);
    }
}
