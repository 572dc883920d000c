package org.entente.platform.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every REST Assured exchange of the tests against the OpenAPI document of the application that
 * answers it (its {@code /q/openapi}): path, parameters, body, status, content type and schema of the
 * answer. A mismatch fails the test that made the exchange, naming what differs. Installed for every
 * Quarkus test by {@link OpenApiContractCallback}; only paths under {@code /api/} are held to it (health,
 * documents and pages are not part of the API).
 *
 * <p>An exchange that is deliberately outside the contract (a malformed body sent to test the error
 * handling) is held to it for its answer only: any request the service refuses as bad input, and any that
 * sends the header {@link #ANSWER_ONLY} (removed before the request leaves).
 *
 * <p>Tests outside Quarkus (the end-to-end ones) name the document with {@link #holdTo}: the gateway's
 * {@code /openapi/all}, the whole suite's, which then holds every path the gateway answers.
 */
public final class OpenApiContract implements OrderedFilter {

    /** The request header that marks an exchange whose request breaks the contract on purpose. */
    public static final String ANSWER_ONLY = "X-Test-Contract-Answer-Only";

    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 406, 413, 415, 422);

    static final OpenApiContract INSTANCE = new OpenApiContract();

    private static final String OWN_DOCUMENT = "/q/openapi?format=json";

    private final Map<String, Contract> documents = new ConcurrentHashMap<>();
    private final Map<String, String> documentPaths = new ConcurrentHashMap<>();
    private final Set<String> stale = ConcurrentHashMap.newKeySet();

    private OpenApiContract() {
    }

    /**
     * Holds every REST Assured exchange with {@code origin} (e.g. {@code http://127.0.0.1:8080}) to the whole
     * document it serves at {@code documentPath}, from now on: a path the document lacks is a mismatch too.
     */
    public static void holdTo(String origin, String documentPath) {
        INSTANCE.documentPaths.put(origin, documentPath);
        INSTANCE.stale.add(origin);
        install();
    }

    /** Puts the contract last on REST Assured's filters, once (replacing one of an earlier class loader's). */
    static void install() {
        if (RestAssured.filters().contains(INSTANCE)) {
            return;
        }
        List<Filter> filters = new ArrayList<>(RestAssured.filters().stream()
                .filter(filter -> !filter.getClass().getName().equals(OpenApiContract.class.getName())).toList());
        filters.add(INSTANCE);
        RestAssured.replaceFiltersWith(filters);
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE; // after the test's own filters: sees the request as it is sent
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        boolean answerOnly = request.getHeaders().hasHeaderWithName(ANSWER_ONLY);
        if (answerOnly) {
            request.removeHeader(ANSWER_ONLY);
        }
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/api/")) {
            return context.next(request, response);
        }
        OpenApiInteractionValidator validator = validatorOf(uri);
        Request.Method method = Request.Method.valueOf(request.getMethod());
        // a streamed body (an uploaded file) is read once, by the exchange: such a request is held for its answer only
        Request sent = request.getBody() instanceof InputStream ? null : BodylessRequest.of(RestAssuredRequest.of(request));
        Response answer = context.next(request, response);
        ValidationReport report = validator.validateResponse(uri.getPath(), method, RestAssuredResponse.of(answer));
        if (sent != null && !answerOnly && !refusedAsOutsideTheContract(answer)) {
            report = validator.validateRequest(sent).merge(report);
        }
        // a path the document does not have: right when refused as not found, or forwarded to another service
        boolean elsewhere = pathUnknown(report) && (answer.statusCode() == 404
                || !documentPaths.containsKey(origin(uri)) && Forwarding.forwards(uri.getPath()));
        if (report.hasErrors() && !elsewhere) {
            throw new AssertionError("The exchange " + method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + answer.statusCode()
                    + " breaks the OpenAPI document of " + origin(uri) + ":\n" + ContractReport.describe(report));
        }
        return answer;
    }

    /**
     * A request the service refused as bad input (400, 406, 413, 415, 422) or as asking for what is not
     * there (404) tests the error handling, and one refused before its body was read (401, 403) tests access: either breaks the contract on purpose, and
     * only its answer is held to the document. A request the document forbids and the service takes is a
     * mismatch.
     */
    private static boolean refusedAsOutsideTheContract(Response answer) {
        return REFUSALS.contains(answer.statusCode());
    }

    private static boolean pathUnknown(ValidationReport report) {
        return report.getMessages().stream().anyMatch(message -> message.getKey().equals("validation.request.path.missing"));
    }

    private OpenApiInteractionValidator validatorOf(URI uri) {
        return documents.compute(origin(uri), (origin, known) -> {
            if (known != null && !stale.remove(origin)) {
                return known;
            }
            String document = ServedDocuments.read(origin + documentPaths.getOrDefault(origin, OWN_DOCUMENT));
            return known != null && known.document().equals(document) ? known : new Contract(document, OpenApiInteractionValidator
                    .createForInlineApiSpecification(document).withLevelResolver(ContractReport.levels()).build());
        }).validator();
    }

    /**
     * The application under test may have been restarted (another test profile or test resources) on a port
     * an earlier one had: each document is read again at its next use, and parsed again only if it changed.
     */
    void readDocumentsAgain() {
        stale.addAll(documents.keySet());
    }

    private record Contract(String document, OpenApiInteractionValidator validator) {
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
