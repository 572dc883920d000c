package org.entente.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.platform.tokens.OwnerOnlyFiles;
import org.entente.platform.tokens.Roles;
import org.entente.platform.tokens.SigningKeys;
import org.entente.platform.tokens.Tokens;

/**
 * The local suite's identity provider in miniature: an RSA key pair made on first start under
 * {@code <data>/keys}, and a long-lived token per role in {@code <data>/tokens/<role>.jwt}.
 */
final class LocalTokens {

    static final Duration VALIDITY = Duration.ofDays(365);

    private final Path publicKey;
    private final Map<String, Path> tokenFiles;

    private LocalTokens(Path publicKey, Map<String, Path> tokenFiles) {
        this.publicKey = publicKey;
        this.tokenFiles = tokenFiles;
    }

    static LocalTokens prepare(Path dataDir) {
        Path keysDir = dataDir.resolve("keys");
        Tokens tokens = new Tokens(SigningKeys.loadOrCreate(keysDir), Tokens.LOCAL_ISSUER);
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            Path tokensDir = Files.createDirectories(dataDir.resolve("tokens"));
            for (String role : Stream.concat(Roles.ALL.stream(), Stream.of(Roles.METRICS)).toList()) {
                Path file = tokensDir.resolve(role + ".jwt");
                OwnerOnlyFiles.write(file, tokens.mint("local-" + role, Set.of(role), VALIDITY));
                files.put(role, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write tokens under " + dataDir, e);
        }
        return new LocalTokens(keysDir.resolve(SigningKeys.PUBLIC_KEY_FILE), files);
    }

    /** System properties that make a service trust these tokens. */
    Map<String, String> verificationConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", publicKey.toString(),
                "mp.jwt.verify.issuer", Tokens.LOCAL_ISSUER);
    }

    Path publicKey() {
        return publicKey;
    }

    Map<String, Path> files() {
        return tokenFiles;
    }

    String read(String role) {
        try {
            return Files.readString(tokenFiles.get(role)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
