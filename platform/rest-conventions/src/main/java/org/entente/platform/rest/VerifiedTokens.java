package org.entente.platform.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens that passed verification (signature, issuer, expiry), remembered so that a client's
 * next requests skip the check: the RSA signature and the parse of the claims were a fifth of a service's
 * CPU per read, and a cross-service view checks one token five times (a profile under
 * {@code deploy/bench/gateway.sh}). A token is trusted without a new check until it expires, and for at
 * most {@link #REMEMBERED}: a key withdrawn at the provider stops being trusted within that.
 */
@Singleton
public class VerifiedTokens {

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(50_000)
            .build();
    /** The token's claims if it passed verification before and has not expired since. */
    public Optional<JsonWebToken> known(String token) {
        JsonWebToken jwt = verified.getIfPresent(token);
        if (jwt == null) {
            return Optional.empty();
        }
        // the verifier's time, not the service's clock (which tests move): expiry is the verifier's rule
        if (Instant.now().getEpochSecond() >= jwt.getExpirationTime()) {
            verified.invalidate(token);
            return Optional.empty();
        }
        return Optional.of(jwt);
    }

    void remember(String token, JsonWebToken jwt) {
        verified.put(token, jwt);
    }
}
