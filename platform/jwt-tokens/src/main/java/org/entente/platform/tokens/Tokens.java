package org.entente.platform.tokens;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Mints RS256 bearer tokens in the shape the services verify: issuer, subject ({@code sub} and
 * {@code upn}) and roles in the {@code groups} claim (MicroProfile JWT).
 */
public final class Tokens {

    /** The issuer of the local suite's and the tests' tokens; production uses its OIDC provider's. */
    public static final String LOCAL_ISSUER = "https://entente.local/issuer";

    private final SigningKeys keys;
    private final String issuer;

    public Tokens(SigningKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** A token valid from now for {@code validity}. */
    public String mint(String subject, Set<String> roles, Duration validity) {
        Instant now = Instant.now();
        return mint(subject, roles, now, now.plus(validity));
    }

    public String mint(String subject, Set<String> roles, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
    }
}
