import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The compose file's one-shot {@code setup} service, run with a JDK's single-file source launcher
 * ({@code java /setup/Setup.java <command>}, JDK classes only):
 *
 * <pre>
 * init                              on every start: the JWT key pair when missing, MongoDB's replica set
 *                                   key file when missing, and the services' health check compiled again
 * token &lt;role&gt; [validity] [subject] prints a bearer token (RS256, signed with the private key) for
 *                                   reader, editor or admin; validity e.g. 30m, 12h, 7d (default 12h)
 * </pre>
 *
 * Keys are PEM files in the shape {@code platform/jwt-tokens} (SigningKeys) reads and writes: PKCS#8
 * {@code private-key.pem} (owner-only) and X.509 {@code public-key.pem}; tokens carry what its Tokens
 * mints: {@code iss}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}.
 * Where things go is set by environment variables (the compose file sets the container paths).
 */
public final class Setup {

    static final String PRIVATE_KEY_FILE = "private-key.pem";
    static final String PUBLIC_KEY_FILE = "public-key.pem";
    static final String LOCAL_ISSUER = "https://entente.local/issuer";
    static final List<String> ROLES = List.of("reader", "editor", "admin");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@:-]{1,128}");
    private static final Pattern VALIDITY = Pattern.compile("(\\d{1,6})([mhd])");

    private final Map<String, String> env;

    Setup(Map<String, String> env) {
        this.env = env;
    }

    public static void main(String[] args) {
        try {
            Setup setup = new Setup(System.getenv());
            String command = args.length == 0 ? "help" : args[0];
            switch (command) {
                case "init" -> setup.init();
                case "token" -> {
                    if (args.length < 2 || args.length > 4) {
                        throw new IllegalArgumentException("usage: token <" + String.join("|", ROLES) + "> [validity] [subject]");
                    }
                    System.out.println(setup.token(args[1], args.length > 2 ? args[2] : "12h",
                            args.length > 3 ? args[3] : "compose-" + args[1]));
                }
                default -> {
                    System.err.println("usage: init | token <" + String.join("|", ROLES) + "> [validity, e.g. 12h] [subject]");
                    System.exit("help".equals(command) ? 0 : 2);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            System.err.println("setup: " + e.getMessage());
            System.exit(1);
        }
    }

    private Path keysDir() {
        return Path.of(env.getOrDefault("ENTENTE_KEYS_DIR", "/keys"));
    }

    private String issuer() {
        String issuer = env.get("ENTENTE_JWT_ISSUER");
        return issuer == null || issuer.isBlank() ? LOCAL_ISSUER : issuer;
    }

    void init() {
        keys();
        mongoKeyFile();
        healthCheck();
    }

    /** The key pair, made when there is none; a public key alone (a user's own) is kept as it is. */
    void keys() {
        Path dir = keysDir();
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            Files.createDirectories(dir);
            if (Files.exists(publicFile)) {
                readPublic(publicFile); // fails loudly on a file the services could not use either
                System.out.println("JWT public key kept: " + publicFile + (Files.exists(privateFile) ? ""
                        : " (no private key next to it: tokens are minted elsewhere)"));
                return;
            }
            if (Files.exists(privateFile)) {
                RSAPrivateCrtKey key = (RSAPrivateCrtKey) readPrivate(privateFile);
                PublicKey derived = KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
                write(publicFile, pem("PUBLIC KEY", derived.getEncoded()), "rw-r--r--");
                System.out.println("JWT public key derived from the private key: " + publicFile);
                return;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), "rw-------");
            write(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), "rw-r--r--");
            System.out.println("JWT key pair generated: " + publicFile + " (the private key is readable by root only)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the JWT keys in " + dir + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Cannot make the JWT public key: " + e.getMessage(), e);
        }
    }

    /** MongoDB's replica set members authenticate to each other with this file, even a single one. */
    void mongoKeyFile() {
        String location = env.get("ENTENTE_MONGO_KEYFILE");
        if (location == null || location.isBlank()) {
            return;
        }
        Path file = Path.of(location);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] secret = new byte[756];
                new SecureRandom().nextBytes(secret);
                write(file, Base64.getEncoder().encodeToString(secret) + "\n", "r--------");
                System.out.println("MongoDB key file generated: " + file);
            }
            // mongod refuses a key file others can read, and runs as the image's mongodb user
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
            String owner = env.get("ENTENTE_MONGO_KEYFILE_OWNER");
            if (owner != null && !owner.isBlank()) {
                String[] ids = owner.trim().split(":");
                Files.setAttribute(file, "unix:uid", Integer.parseInt(ids[0]));
                Files.setAttribute(file, "unix:gid", Integer.parseInt(ids.length > 1 ? ids[1] : ids[0]));
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot prepare the MongoDB key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Compiled at each start, into a directory next to the target and then moved in, so a running check never sees half a class. */
    void healthCheck() {
        String source = env.get("ENTENTE_HEALTHCHECK_SOURCE");
        String classes = env.get("ENTENTE_HEALTHCHECK_CLASSES");
        if (source == null || classes == null) {
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("This Java has no compiler: the setup service needs a JDK image");
        }
        Path target = Path.of(classes);
        try {
            Files.createDirectories(target);
            Path work = Files.createTempDirectory(target, ".compile-");
            int status = compiler.run(null, null, null, "--release", "17", "-nowarn", "-d", work.toString(), source);
            if (status != 0) {
                throw new IllegalStateException("Cannot compile " + source);
            }
            try (var compiled = Files.list(work)) {
                for (Path file : compiled.toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                    Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(work);
            System.out.println("Health check compiled into " + target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compile the health check into " + target + ": " + e.getMessage(), e);
        }
    }

    String token(String role, String validity, String subject) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role " + role + " is not one of " + ROLES);
        }
        if (!SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("subject " + subject + " is not 1-128 of A-Z a-z 0-9 . _ @ : -");
        }
        Path privateFile = keysDir().resolve(PRIVATE_KEY_FILE);
        if (!Files.exists(privateFile)) {
            throw new IllegalStateException("No private key at " + privateFile + " (start the suite once, "
                    + "or mint tokens where your own private key is)");
        }
        Instant now = Instant.now();
        Instant expires = now.plus(validity(validity));
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":" + json(issuer()) + ",\"sub\":" + json(subject) + ",\"upn\":" + json(subject)
                + ",\"groups\":[" + json(role) + "],\"iat\":" + now.getEpochSecond() + ",\"exp\":" + expires.getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(readPrivate(privateFile));
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rs256.sign());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + privateFile + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with " + privateFile + ": " + e.getMessage(), e);
        }
    }

    static Duration validity(String text) {
        var m = VALIDITY.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("validity " + text + " is not a number of minutes, hours or days, e.g. 30m, 12h, 7d");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file) throws IOException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Not a PEM file: " + file, e);
        }
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY): " + file, e);
        }
    }

    private static PublicKey readPublic(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA public key in X.509 PEM (BEGIN PUBLIC KEY): " + file, e);
        }
    }

    /** Written next to the target and moved in: the file has its permissions from its first byte. */
    private static void write(Path file, String content, String permissions) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".setup-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, content);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(permissions));
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
