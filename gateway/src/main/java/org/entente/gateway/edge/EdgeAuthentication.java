package org.entente.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks the bearer token at the edge with the same keys and issuer as the services, so requests
 * without a valid token never reach them. Roles stay the services' business; the gateway uses them
 * only to pick a rate limit.
 *
 * <p>A token that passed is remembered until it expires, for at most {@link #REMEMBERED}, so a client's
 * next requests skip the signature check (most of the gateway's own cost per request). A token is
 * never remembered past its expiry; a key withdrawn at the provider stops being trusted here within
 * {@link #REMEMBERED}.
 */
@ApplicationScoped
public class EdgeAuthentication {

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final JWTParser parser;
    private final Vertx vertx;
    private final Cache<String, Caller> verified = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(50_000)
            .build();

    EdgeAuthentication(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    /** The caller named by a valid bearer token; fails with {@link InvalidToken} otherwise. */
    Future<Caller> verify(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Future.failedFuture(new InvalidToken("A valid bearer token is required"));
        }
        String token = authorization.substring(7).trim();
        Caller known = verified.getIfPresent(token);
        if (known != null && Instant.now().isBefore(known.expires())) {
            return Future.succeededFuture(known);
        }
        // off the event loop: a JWKS location may have to be fetched over the network
        return vertx.executeBlocking(() -> {
            try {
                JsonWebToken jwt = parser.parse(token);
                Caller caller = new Caller(jwt.getSubject(), Set.copyOf(jwt.getGroups()),
                        Instant.ofEpochSecond(jwt.getExpirationTime()));
                verified.put(token, caller);
                return caller;
            } catch (ParseException e) {
                throw new InvalidToken("The bearer token is invalid, expired or not issued for Entente");
            }
        }, false);
    }

    /** Who a valid token names, its roles, and when it expires. */
    record Caller(String subject, Set<String> roles, Instant expires) {
    }

    static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
