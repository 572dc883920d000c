package org.entente.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates records in all three services through the gateway, many at a time, and remembers every
 * one that was answered {@code 201}: those are the writes the suite acknowledged and must keep.
 */
final class WriteBurst {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] PARTNERS = {"JPN", "KOR", "PHL", "AUS", "GBR", "FRA", "DEU", "ITA", "ESP", "POL"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gateway;
    private final String token;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    /** collection ("alliances", "agreements", "exercises") to the ids answered 201. */
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();

    WriteBurst(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
        for (String collection : List.of("alliances", "agreements", "exercises")) {
            acknowledged.put(collection, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
    }

    /**
     * Sends writes with {@code inFlight} at a time and returns once {@code acknowledgements} of them
     * were answered 201, with the rest still in flight: the moment to crash.
     */
    void runUntilAcknowledged(int acknowledgements, int inFlight) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        CountDownLatch enough = new CountDownLatch(acknowledgements);
        int n = 0;
        while (enough.getCount() > 0) {
            slots.acquire();
            int i = n++;
            String collection = List.of("alliances", "agreements", "exercises").get(i % 3);
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/" + collection))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(collection, i)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                slots.release();
                if (response != null && response.statusCode() == 201) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        acknowledged.get(collection).add(id.group(1));
                        answered.incrementAndGet();
                        enough.countDown();
                    }
                }
            });
            if (i > acknowledgements * 4) {
                throw new AssertionError("Too few writes were acknowledged: " + answered.get() + " of " + i);
            }
        }
    }

    Map<String, List<String>> acknowledged() {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        acknowledged.forEach((collection, ids) -> {
            synchronized (ids) {
                copy.put(collection, List.copyOf(ids));
            }
        });
        return copy;
    }

    private String body(String collection, int i) {
        String tag = run + "-" + i;
        return switch (collection) {
            case "alliances" -> """
                    {"code": "CRASH_%s", "name": "Crash test pact %s", "kind": "COALITION", "region": "GLOBAL",
                     "founded": "2020-01-01"}""".formatted(tag.replace('-', '_'), tag);
            case "agreements" -> """
                    {"parties": ["USA", "%s"], "title": "Crash test agreement %s", "type": "TRAINING_AND_EXERCISES"}"""
                    .formatted(PARTNERS[i % PARTNERS.length], tag);
            default -> """
                    {"name": "Crash test exercise %s", "hosts": ["NOR"], "region": "EURO_ATLANTIC", "start": "2031-03",
                     "end": "2031-03", "participants": [{"country": "NOR", "role": "HOST"}]}""".formatted(tag);
        };
    }
}
