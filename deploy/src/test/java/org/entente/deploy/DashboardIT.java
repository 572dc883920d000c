package org.entente.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The live dashboard in headless Chromium against the packaged local suite, opened with the link the
 * launcher prints. Screenshots go to {@code target/dashboard/}. Prints the page load time and the time
 * from a write through the API to its event on the screen (figures, never asserted). Says SKIPPED
 * where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Path SCREENSHOTS = Path.of("target/dashboard");
    private static final int LATENCY_SAMPLES = 10;

    private Path dataDir;
    private LauncherProcess suite;
    private HeadlessChromium chromium;
    private Page page;
    private String origin;
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> foreignRequests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedResponses = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void startTheSuiteAndTheBrowser() throws Exception {
        if (!HeadlessChromium.installed()) {
            System.out.println("SKIPPED: DashboardIT: no Chromium at " + HeadlessChromium.EXECUTABLE
                    + " (apt-get install chromium chromium-driver); the dashboard was not tested in a browser");
        }
        Assumptions.assumeTrue(HeadlessChromium.installed(), "Chromium at " + HeadlessChromium.EXECUTABLE);
        Files.createDirectories(SCREENSHOTS);
        dataDir = Files.createTempDirectory("entente-dashboard-");
        suite = LauncherProcess.start(LauncherProcess.freePorts(), dataDir, 1);
        suite.awaitUp(STARTUP);
        warmUp();
        chromium = HeadlessChromium.launch();
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1500));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failedResponses.add(response.status() + " " + response.url());
            }
        });
        page.onRequest(request -> {
            if (!request.url().startsWith(origin + "/") && !request.url().startsWith("data:")) {
                foreignRequests.add(request.url());
            }
        });
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (suite != null) {
            suite.terminate();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void thePageLoadsFromThePrintedLinkWithNoConsoleErrorAndNoRequestToAnotherOrigin() throws Exception {
        String link = printedDashboardLink();
        URI uri = URI.create(link);
        origin = uri.getScheme() + "://" + uri.getAuthority();

        long cold = load(() -> page.navigate(link));
        long warm = load(page::reload);

        assertFalse(page.url().contains("token"), "the token left the address bar: " + page.url());
        awaitOnPage("the live stream is connected", () -> page.textContent("#connection").startsWith("Live"));
        awaitOnPage("the feed starts with the exercises in progress or says there are none",
                () -> page.locator("#feed li").count() > 0 || !page.textContent("#feed-status").isBlank());
        screenshot("dashboard");
        assertEquals(List.of(), consoleErrors, "console errors; answers of 400 or more: " + failedResponses);
        assertEquals(List.of(), foreignRequests, "requests to another origin than " + origin);
        System.out.printf("Dashboard: page load to every panel drawn %d ms (first, cold caches), %d ms (reload)%n", cold, warm);
    }

    @Test
    @Order(2)
    void aChangeMadeThroughTheApiAppearsInTheLiveFeedWithinSeconds() throws Exception {
        page.evaluate("() => { window.seenAt = {}; addEventListener('entente:feed', e => { seenAt[e.detail.exercise] = Date.now(); }); }");
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            String name = "Dashboard Drill " + UUID.randomUUID().toString().substring(0, 8);
            long written = System.currentTimeMillis();
            String id = plan(name);
            Locator entry = page.locator("#feed li[data-exercise='" + id + "']");
            awaitOnPage(name + " in the live feed", () -> entry.count() > 0);
            assertTrue(entry.first().textContent().contains(name) && entry.first().textContent().contains("planned"),
                    entry.first().textContent());
            latencies.add(((Number) page.evaluate("id => seenAt[id]", id)).longValue() - written);
        }
        screenshot("feed");
        Collections.sort(latencies);
        System.out.printf("Dashboard: write through the API to its event on the screen, %d changes: p50 %d ms, max %d ms%n",
                latencies.size(), latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
    }

    @Test
    @Order(3)
    void afterADropTheFeedResumesWithLastEventIdAndMissesNothing() throws Exception {
        page.context().setOffline(true);
        awaitOnPage("the header says the stream is down", () -> "offline".equals(page.getAttribute("#connection", "data-state")));
        String name = "Dashboard Gap " + UUID.randomUUID().toString().substring(0, 8);
        String id = plan(name); // while the page is not connected
        page.context().setOffline(false);
        awaitOnPage("the stream resumed", () -> page.textContent("#connection").contains("resumed"));
        awaitOnPage(name + ", written during the drop, in the feed",
                () -> page.locator("#feed li[data-exercise='" + id + "']").count() == 1);
    }

    @Test
    @Order(4)
    void theMapShowsTheExercisesOfAPeriod() throws Exception {
        setPeriod(2022, 2022);
        Locator listed = page.locator("#map-list li");
        awaitOnPage("the exercises of 2022 are listed beside the map", () -> page.textContent("#map-list").contains("RIMPAC 2022"));
        String list = page.textContent("#map-list");
        assertTrue(list.contains("Pacific Angel 22-2"), list);
        assertFalse(list.contains("RIMPAC 2024") || list.contains("Talisman Sabre 2023"), list);
        assertEquals(String.valueOf(listed.count()), page.getAttribute("#map-status", "data-count"));
        page.focus("#map-list button:has-text('RIMPAC 2022')"); // the details by keyboard, as a click on its marker shows them
        page.keyboard().press("Enter");
        assertTrue(page.textContent("#map-details").contains("RIMPAC 2022"), page.textContent("#map-details") + consoleErrors);
        page.locator("#map-panel").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("map-2022.png")));

        setPeriod(2024, 2025);
        awaitOnPage("the map and its details follow the period", () -> page.textContent("#map-list").contains("RIMPAC 2024")
                && !page.textContent("#map-list").contains("RIMPAC 2022") && page.textContent("#map-details").isBlank());
    }

    @Test
    @Order(5)
    void theTwoCountryPanelShowsTheScoreOfUsaAndJapan() throws Exception {
        int score = given().baseUri(suite.gateway()).auth().oauth2(suite.token("reader"))
                .get("/api/v1/countries/USA/ties/JPN").then().statusCode(200).extract().path("score");
        compare("USA", "JPN");
        awaitOnPage("the USA-JPN score", () -> "USA-JPN".equals(page.getAttribute("#ties-score", "data-pair"))
                && page.textContent("#ties-score").equals(String.valueOf(score)));
        assertEquals("alliancesagreementsexercises", page.locator("#ties-parts dt").allTextContents().stream()
                .reduce("", String::concat));
        assertTrue(page.textContent("#ties-agreements").contains("Mutual Cooperation and Security"), page.textContent("#ties-agreements"));
        page.locator("#ties-panel").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ties-usa-jpn.png")));
    }

    @Test
    @Order(6)
    void aStoppedServiceShowsAsMissingNotAsABlankPage() throws Exception {
        long agreements = Long.parseLong(Files.readString(dataDir.resolve("run/agreement-service.pid")).trim());
        signal("STOP", agreements); // alive but silent: the launcher does not restart it
        try {
            compare("USA", "AUS");
            awaitOnPage("the ties view names agreements as missing",
                    () -> "agreements".equals(page.getAttribute("#ties-status", "data-partial")));
            String status = page.textContent("#ties-status");
            assertTrue(status.contains("Missing: agreements") && status.contains("agreement-service"), status);
            assertTrue(page.textContent("#ties-score").matches("\\d+"), "the score of the other parts is still shown");
            assertEquals("missing", page.locator("#ties-parts dd").nth(1).textContent());
            assertTrue(page.isVisible("#map-panel") && page.locator("#map-list li").count() > 0, "the other panels stay");
            screenshot("agreement-service-stopped");
        } finally {
            signal("CONT", agreements);
        }
    }

    @Test
    @Order(7)
    void withoutATokenThePageAsksForOneAndAPastedTokenSignsIn() throws Exception {
        try (BrowserContext fresh = chromium.browser.newContext()) {
            Page signIn = fresh.newPage();
            signIn.navigate(origin + "/dashboard/");
            signIn.waitForSelector("#sign-in:not([hidden])");
            assertFalse(signIn.isVisible("#panels"), "no panels before signing in");
            signIn.fill("#token", suite.token("reader"));
            signIn.press("#token", "Enter");
            signIn.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertTrue(signIn.isVisible("#panels") && !signIn.isVisible("#sign-in"));
        }
    }

    /**
     * A service's first answers after its start can take longer than the gateway's deadline (504) on a
     * busy machine; the page would try again, but the browser logs each failed answer as a console error.
     * So the reads the page makes are made once first, as a reader opening the dashboard later finds them.
     */
    private void warmUp() {
        for (String path : List.of("/api/v1/alliances?source=curated&limit=200", "/api/v1/alliances/NATO/members?history=true&limit=200",
                "/api/v1/exercises?format=ndjson", "/api/v1/exercises?limit=1", "/api/v1/countries/USA/ties/JPN")) {
            Awaitility.await("a first answer to " + path).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().baseUri(suite.gateway()).auth().oauth2(suite.token("reader")).get(path).statusCode() == 200);
        }
    }

    /** Plans an exercise through the API with an editor token; answers its id. */
    private String plan(String name) throws Exception {
        return given().baseUri(suite.gateway()).auth().oauth2(suite.token("editor")).contentType("application/json")
                .body("""
                        {"name": "%s", "hosts": ["NOR"], "region": "EURO_ATLANTIC", "start": "2031-03", "end": "2031-03",
                         "types": ["LAND"], "participants": [{"country": "NOR", "role": "HOST"}, {"country": "SWE", "role": "PARTICIPANT"}]}"""
                        .formatted(name))
                .post("/api/v1/exercises").then().statusCode(201).extract().path("id");
    }

    private String printedDashboardLink() {
        Matcher link = Pattern.compile("Dashboard\\s+(\\S+/dashboard/#token=\\S+)").matcher(suite.output());
        assertTrue(link.find(), "the launcher prints the dashboard link:\n" + suite.output());
        return link.group(1);
    }

    /** Milliseconds from starting to load until every panel has drawn what it read. */
    private long load(Runnable navigation) {
        long started = System.nanoTime();
        navigation.run();
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void setPeriod(int from, int to) {
        page.fill("#map-from", String.valueOf(from));
        page.fill("#map-to", String.valueOf(to));
        page.dispatchEvent("#map-to", "change");
    }

    private void compare(String a, String b) {
        page.fill("#ties-a", a);
        page.fill("#ties-b", b);
        page.click("#ties-form button[type=submit]");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Playwright is single-threaded: the condition is polled on the test's thread. */
    private static void awaitOnPage(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(condition);
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }
}
