package org.entente.gateway.routing;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks the bearer token at the edge with the same keys and issuer as the services, so requests
 * without a valid token never reach them. Roles stay the services' business.
 */
@ApplicationScoped
public class EdgeAuthentication {

    private final JWTParser parser;
    private final Vertx vertx;

    EdgeAuthentication(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    /** Succeeds when the request carries a valid bearer token. */
    Future<Void> verify(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.failedFuture(new InvalidToken("A valid bearer token is required"));
        }
        String token = authorization.substring(7).trim();
        // off the event loop: a JWKS location may have to be fetched over the network
        return vertx.executeBlocking(() -> {
            try {
                parser.parse(token);
                return null;
            } catch (ParseException e) {
                throw new InvalidToken("The bearer token is invalid, expired or not issued for Entente");
            }
        }, false);
    }

    static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
