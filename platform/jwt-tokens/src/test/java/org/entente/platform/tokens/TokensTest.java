package org.entente.platform.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    @TempDir
    Path dir;

    @Test
    void aMintedTokenVerifiesWithThePublicKeyAndCarriesIssuerSubjectAndRoles() throws Exception {
        SigningKeys keys = SigningKeys.generate();
        String token = new Tokens(keys, Tokens.LOCAL_ISSUER).mint("ana", Set.of(Roles.EDITOR), Duration.ofMinutes(5));

        JwtClaims claims = consumer(keys).processToClaims(token);

        assertEquals(Tokens.LOCAL_ISSUER, claims.getIssuer());
        assertEquals("ana", claims.getSubject());
        assertEquals(List.of(Roles.EDITOR), claims.getStringListClaimValue("groups"));
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVerify() {
        String token = new Tokens(SigningKeys.generate(), Tokens.LOCAL_ISSUER)
                .mint("ana", Set.of(Roles.ADMIN), Duration.ofMinutes(5));

        assertThrows(InvalidJwtException.class, () -> consumer(SigningKeys.generate()).processToClaims(token));
    }

    @Test
    void keysAreCreatedOnceAndReadBackFromPemFiles() throws Exception {
        SigningKeys created = SigningKeys.loadOrCreate(dir);
        SigningKeys loaded = SigningKeys.loadOrCreate(dir);

        assertEquals(created.publicKey(), loaded.publicKey());
        assertEquals(created.privateKey(), loaded.privateKey());
        assertTrue(Files.readString(dir.resolve(SigningKeys.PUBLIC_KEY_FILE)).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(dir.resolve(SigningKeys.PRIVATE_KEY_FILE)));
    }

    @Test
    void aDamagedKeyFileIsReportedByName() throws Exception {
        SigningKeys.loadOrCreate(dir);
        Files.writeString(dir.resolve(SigningKeys.PUBLIC_KEY_FILE), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SigningKeys.loadOrCreate(dir));
        assertTrue(e.getMessage().contains(SigningKeys.PUBLIC_KEY_FILE), e.getMessage());
    }

    private static JwtConsumer consumer(SigningKeys keys) {
        return new JwtConsumerBuilder().setVerificationKey(keys.publicKey())
                .setExpectedIssuer(Tokens.LOCAL_ISSUER).setRequireExpirationTime().build();
    }
}
