package org.entente.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.entente.platform.tokens.Roles;
import org.entente.platform.tokens.SigningKeys;
import org.entente.platform.tokens.Tokens;

/**
 * Bearer tokens for tests, signed by a key pair made for this test JVM and trusted by the app under
 * test through the test resources. Also the tokens an app must refuse: expired, signed by a
 * stranger's key, issued by someone else.
 */
public final class TestTokens {

    /**
     * Quarkus loads test resources and test classes in different class loaders, so a static key pair
     * would exist twice; a JVM-wide system property names the one directory that holds the pair.
     */
    private static final String KEYS_DIRECTORY_PROPERTY = "entente.test.signing-keys";
    private static final Path KEYS_DIRECTORY = keysDirectory();
    private static final SigningKeys KEYS = SigningKeys.loadOrCreate(KEYS_DIRECTORY);
    private static final Tokens TOKENS = new Tokens(KEYS, Tokens.LOCAL_ISSUER);

    private TestTokens() {
    }

    public static String reader() {
        return withRoles(Roles.READER);
    }

    public static String editor() {
        return withRoles(Roles.EDITOR);
    }

    public static String admin() {
        return withRoles(Roles.ADMIN);
    }

    public static String withRoles(String... roles) {
        return forSubject("test-user", roles);
    }

    /** A token of another user than the usual {@code test-user}, e.g. to test what is counted per user. */
    public static String forSubject(String subject, String... roles) {
        return TOKENS.mint(subject, Set.of(roles), Duration.ofHours(1));
    }

    /** A token of {@code test-user} that is valid now and expires {@code validity} from now. */
    public static String expiringIn(Duration validity, String... roles) {
        return TOKENS.mint("test-user", Set.of(roles), validity);
    }

    public static String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return TOKENS.mint("test-user", Set.of(Roles.ADMIN), issued, issued.plus(Duration.ofHours(1)));
    }

    public static String signedByUnknownKey() {
        return new Tokens(SigningKeys.generate(), Tokens.LOCAL_ISSUER)
                .mint("test-user", Set.of(Roles.ADMIN), Duration.ofHours(1));
    }

    public static String fromOtherIssuer() {
        return new Tokens(KEYS, "https://someone-else.example/issuer")
                .mint("test-user", Set.of(Roles.ADMIN), Duration.ofHours(1));
    }

    /** The settings with which an app trusts these tokens (and no others). */
    public static Map<String, String> verificationConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", KEYS_DIRECTORY.resolve(SigningKeys.PUBLIC_KEY_FILE).toString(),
                "mp.jwt.verify.issuer", Tokens.LOCAL_ISSUER);
    }

    private static synchronized Path keysDirectory() {
        String existing = System.getProperty(KEYS_DIRECTORY_PROPERTY);
        if (existing != null) {
            return Path.of(existing);
        }
        try {
            Path directory = Files.createTempDirectory("entente-test-keys-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                directory.resolve(SigningKeys.PRIVATE_KEY_FILE).toFile().delete();
                directory.resolve(SigningKeys.PUBLIC_KEY_FILE).toFile().delete();
                directory.toFile().delete();
            }));
            System.setProperty(KEYS_DIRECTORY_PROPERTY, directory.toString());
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
