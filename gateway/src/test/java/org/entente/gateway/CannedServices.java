package org.entente.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.platform.testing.TestTokens;

/**
 * The three services as the cross-service views read them, answering from a small fixed data set
 * (the CSTO periods of Russia and Uzbekistan, NATO and the Quad for the United States and Japan, two
 * treaties, five exercises). Like the real services, they answer 401 to a request without the caller's token.
 * exercise-service stops answering while told to ({@code POST /_control/hang}, {@code /_control/answer}),
 * to show a partial view.
 */
public class CannedServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("entente.gateway.upstreams.alliance-service.urls", listen(this::alliances));
        config.put("entente.gateway.upstreams.agreement-service.urls", listen(this::agreements));
        String exercises = listen(this::exercises);
        config.put("entente.gateway.upstreams.exercise-service.urls", exercises);
        config.put("entente.gateway.upstreams.exercise-service.circuit-breaker.failures", "1000");
        config.put("entente.gateway.views.call-timeout", "400ms");
        config.put("entente.gateway.views.exercise-pages", "3");
        config.put("test.canned.exercises", exercises);
        return config;
    }

    private static JsonObject membership(String code, String name, String role, String joined, String left) {
        return new JsonObject().put("allianceCode", code).put("allianceName", name).put("role", role)
                .put("joined", joined).put("left", left);
    }

    private void alliances(HttpServerRequest request) {
        String country = request.path().split("/")[4];
        List<JsonObject> memberships = switch (country) {
            case "RUS" -> List.of(membership("CSTO", "Collective Security Treaty Organization", "MEMBER", "1994-04-20", null));
            case "UZB" -> List.of(
                    membership("CSTO", "Collective Security Treaty Organization", "MEMBER", "1994-04-20", "1999-04-21"),
                    membership("CSTO", "Collective Security Treaty Organization", "MEMBER", "2006-08-16", "2012-12-19"));
            case "USA" -> List.of(membership("NATO", "North Atlantic Treaty Organization", "MEMBER", "1949-08-24", null),
                    membership("QUAD", "Quadrilateral Security Dialogue", "MEMBER", "2017-11-12", null));
            case "JPN" -> List.of(membership("QUAD", "Quadrilateral Security Dialogue", "MEMBER", "2017-11-12", null));
            // NATO twice: curated, and as its ATOP record, each naming the other its counterpart
            case "CAN", "GBR" -> List.of(
                    membership("NATO", "North Atlantic Treaty Organization", "MEMBER", "1949-08-24", null)
                            .put("counterparts", new JsonArray().add("ATOP_3180")),
                    membership("ATOP_3180", "Defense pact of 12 (1949)", "MEMBER", "1949-04-04", null)
                            .put("counterparts", new JsonArray().add("NATO")));
            default -> List.of();
        };
        page(request, new JsonArray(List.copyOf(memberships)), null);
    }

    private void agreements(HttpServerRequest request) {
        String country = request.path().split("/")[4];
        boolean inForce = !"1959-01-01".equals(request.getParam("inForceOn"));
        JsonObject treaty = new JsonObject().put("id", "0b5c6a70-0000-4000-8000-000000000001")
                .put("title", "Treaty of Mutual Cooperation and Security").put("type", "MUTUAL_DEFENSE")
                .put("status", "IN_FORCE").put("signed", "1960-01-19").put("enteredIntoForce", "1960-06-23")
                .put("inForce", inForce);
        JsonArray partners = switch (country) {
            case "USA" -> new JsonArray().add(new JsonObject().put("partner", "JPN").put("inForce", inForce ? 1 : 0)
                    .put("agreements", new JsonArray().add(treaty)));
            case "JPN" -> new JsonArray().add(new JsonObject().put("partner", "USA").put("inForce", inForce ? 1 : 0)
                    .put("agreements", new JsonArray().add(treaty)));
            default -> new JsonArray();
        };
        page(request, partners, null);
    }

    private final AtomicBoolean hanging = new AtomicBoolean();

    private static JsonObject exercise(String name, String start, String end, String status, String... participants) {
        JsonArray list = new JsonArray();
        for (int i = 0; i < participants.length; i += 2) {
            list.add(new JsonObject().put("country", participants[i]).put("role", participants[i + 1]));
        }
        return new JsonObject().put("id", name.toLowerCase().replace(' ', '-')).put("name", name)
                .put("series", name.split(" ")[0]).put("start", start).put("end", end).put("status", status)
                .put("participants", list);
    }

    private void exercises(HttpServerRequest request) {
        switch (request.path()) {
            case "/_control/hang" -> {
                hanging.set(true);
                request.response().end();
                return;
            }
            case "/_control/answer" -> {
                hanging.set(false);
                request.response().end();
                return;
            }
            default -> {
                if (hanging.get()) {
                    return; // no answer
                }
            }
        }
        List<JsonObject> all = List.of(
                exercise("RIMPAC 2022", "2022-06-29", "2022-08-04", "COMPLETED", "USA", "HOST", "JPN", "PARTICIPANT", "AUS", "PARTICIPANT"),
                exercise("Talisman Sabre 2023", "2023-07-22", "2023-08-04", "COMPLETED", "AUS", "HOST", "USA", "HOST", "JPN", "PARTICIPANT"),
                exercise("RIMPAC 2024", "2024-06-27", "2024-08-01", "COMPLETED", "USA", "HOST", "JPN", "PARTICIPANT"),
                exercise("Keen Sword 2026", "2026-10", "2026-11", "PLANNED", "JPN", "HOST", "USA", "HOST"),
                exercise("Pacific Angel 24-1", "2024-08", "2024-08", "COMPLETED", "USA", "HOST", "PNG", "PARTICIPANT"));
        List<String> countries = request.params().getAll("country");
        if (countries.contains("IND")) {
            // an endless list: every page has one more exercise and a cursor to the next
            int page = Integer.parseInt(request.getParam("after", "0"));
            page(request, new JsonArray().add(exercise("Malabar " + (2000 + page), (2000 + page) + "-11", (2000 + page) + "-11",
                    "COMPLETED", "IND", "HOST", "USA", "PARTICIPANT")), Integer.toString(page + 1));
            return;
        }
        String to = request.getParam("to");
        String from = request.getParam("from");
        boolean descending = "-start".equals(request.getParam("sort"));
        List<JsonObject> found = all.stream()
                .filter(e -> countries.stream().allMatch(country -> e.getJsonArray("participants").stream()
                        .anyMatch(p -> ((JsonObject) p).getString("country").equals(country))))
                .filter(e -> to == null || e.getString("start").compareTo(to) <= 0)
                .filter(e -> from == null || e.getString("end").compareTo(from.substring(0, e.getString("end").length())) >= 0)
                .sorted((x, y) -> descending ? y.getString("start").compareTo(x.getString("start"))
                        : x.getString("start").compareTo(y.getString("start")))
                .limit(Integer.parseInt(request.getParam("limit", "50")))
                .toList();
        page(request, new JsonArray(List.copyOf(found)), null);
    }

    private static void page(HttpServerRequest request, JsonArray items, String next) {
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("items", items).put("next", next).encode());
    }

    private String listen(io.vertx.core.Handler<HttpServerRequest> handler) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().end("{\"status\":\"UP\"}");
            } else if (request.path().startsWith("/api/") && request.getHeader("Authorization") == null) {
                request.response().setStatusCode(401).end();
            } else {
                handler.handle(request);
            }
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a canned service did not start", e);
        }
        return "http://127.0.0.1:" + server.actualPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
