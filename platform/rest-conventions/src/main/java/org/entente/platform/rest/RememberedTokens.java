package org.entente.platform.rest;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts {@link VerifiedTokens} in front of smallrye-jwt's parser, which Quarkus's bearer token
 * authentication calls on every request: a token verified before is answered from there, any other is
 * verified in full. A decorator, so the authentication mechanism stays Quarkus's own.
 */
@Decorator
@Priority(10)
abstract class RememberedTokens implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    @Inject
    VerifiedTokens verified;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        var known = verified.known(token);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken jwt = parser.parse(token);
        verified.remember(token, jwt);
        return jwt;
    }
}
