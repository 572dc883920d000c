import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The compose healthcheck of the Entente images, which have a JVM but no shell and no curl: exits 0 when
 * the URL (by default the service's readiness, {@code http://127.0.0.1:8080/q/health/ready}) answers 200,
 * else 1, printing why (the health JSON names the check that is down; {@code docker inspect} shows it).
 *
 * <p>JDK classes only ({@code java.net.http}), compiled for Java 17. The compose file's one-shot
 * {@code setup} service compiles it into the {@code healthcheck} volume at each start, and the services
 * run it with their own JVM: {@code java -cp /healthcheck HealthCheck [url]}.
 */
public final class HealthCheck {

    static final String DEFAULT_URL = "http://127.0.0.1:8080/q/health/ready";
    private static final int MAX_PRINTED = 2000;

    private HealthCheck() {
    }

    public static void main(String[] args) {
        System.exit(check(args.length > 0 ? args[0] : DEFAULT_URL));
    }

    static int check(String url) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(4)).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return 0;
            }
            String body = response.body();
            System.out.println(url + " answered " + response.statusCode() + ": "
                    + (body.length() > MAX_PRINTED ? body.substring(0, MAX_PRINTED) + "..." : body));
            return 1;
        } catch (IOException | IllegalArgumentException e) {
            System.out.println(url + ": " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
