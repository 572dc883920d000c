package org.entente.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.entente.platform.rest.VerifiedTokens;

/**
 * Checks the bearer token at the edge with the same keys and issuer as the services, so requests
 * without a valid token never reach them. Roles stay the services' business; the gateway uses them
 * only to pick a rate limit.
 *
 * <p>A token that passed is remembered ({@link VerifiedTokens}, as in the services), so a client's next
 * requests skip the signature check, on the event loop.
 */
@ApplicationScoped
public class EdgeAuthentication {

    private final JWTParser parser;
    private final VerifiedTokens verified;
    private final Vertx vertx;

    EdgeAuthentication(JWTParser parser, VerifiedTokens verified, Vertx vertx) {
        this.parser = parser;
        this.verified = verified;
        this.vertx = vertx;
    }

    /** The caller named by a valid bearer token; fails with {@link InvalidToken} otherwise. */
    Future<Caller> verify(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.failedFuture(new InvalidToken("A valid bearer token is required"));
        }
        String token = authorization.substring(7).trim();
        Optional<JsonWebToken> known = verified.known(token);
        if (known.isPresent()) {
            return Future.succeededFuture(Caller.of(known.get()));
        }
        // off the event loop: a JWKS location may have to be fetched over the network
        return vertx.executeBlocking(() -> {
            try {
                return Caller.of(parser.parse(token)); // remembered by the parser's decorator
            } catch (ParseException e) {
                throw new InvalidToken("The bearer token is invalid, expired or not issued for Entente");
            }
        }, false);
    }

    /** Who a valid token names, its roles, and when it expires. */
    record Caller(String subject, Set<String> roles, Instant expires) {

        static Caller of(JsonWebToken jwt) {
            return new Caller(jwt.getSubject(), jwt.getGroups(), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
    }

    static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
