package org.entente.agreements.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class LifecycleTest {

    @Inject
    OutboxRelay relay;

    private static final String TODAY = LocalDate.now().toString();

    /** Each operation with a body that satisfies its own rules, so only the status decides. */
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("open-negotiation", "{}");
        OPERATIONS.put("sign", "{\"date\": \"" + TODAY + "\"}");
        OPERATIONS.put("enter-into-force", "{\"date\": \"" + TODAY + "\"}");
        OPERATIONS.put("suspend", "{\"reason\": \"Talks on host-nation support broke down\"}");
        OPERATIONS.put("resume", "{}");
        OPERATIONS.put("terminate", "{\"date\": \"" + TODAY + "\", \"reason\": \"Notice given by one party\"}");
    }

    /** The whole state machine: status, operation, the status it leads to (absent: refused). */
    private static final Map<String, Map<String, String>> TRANSITIONS = Map.of(
            "PROPOSED", Map.of("open-negotiation", "NEGOTIATING", "terminate", "TERMINATED"),
            "NEGOTIATING", Map.of("sign", "SIGNED", "terminate", "TERMINATED"),
            "SIGNED", Map.of("enter-into-force", "IN_FORCE", "terminate", "TERMINATED"),
            "IN_FORCE", Map.of("suspend", "SUSPENDED", "terminate", "TERMINATED"),
            "SUSPENDED", Map.of("resume", "IN_FORCE", "terminate", "TERMINATED"),
            "TERMINATED", Map.of(),
            "EXPIRED", Map.of());

    private record Reached(String id, String etag) {
    }

    @Test
    void everyOperationInEveryStatusIsAllowedOrRefusedWithTheAllowedOnes() {
        List<Executable> checks = new ArrayList<>();
        for (String status : TRANSITIONS.keySet()) {
            for (Map.Entry<String, String> operation : OPERATIONS.entrySet()) {
                Reached agreement = reach(status);
                var response = Agreements.operate(agreement.id(), operation.getKey(), agreement.etag(), operation.getValue())
                        .then().extract();
                String target = TRANSITIONS.get(status).get(operation.getKey());
                String what = operation.getKey() + " in " + status + ": " + response.asString();
                if (target != null) {
                    checks.add(() -> assertEquals(200, response.statusCode(), what));
                    checks.add(() -> assertEquals(target, response.path("status"), what));
                } else {
                    checks.add(() -> assertEquals(409, response.statusCode(), what));
                    checks.add(() -> assertEquals("urn:entente:problem:illegal-transition", response.path("type"), what));
                    String detail = response.path("detail");
                    checks.add(() -> assertTrue(detail != null && detail.contains(status) && detail.contains(allowed(status)), what));
                    checks.add(() -> Agreements.get(agreement.id()).then().header("ETag", agreement.etag()).body("status", equalTo(status)));
                }
            }
        }
        assertAll(checks);
    }

    @Test
    void aFullLifecycleKeepsEveryStepWithItsDayAndPublishesAnEventForEach() {
        var created = Agreements.create("""
                {"parties": ["USA", "PHL"], "title": "Lifecycle %s", "type": "DEFENSE_COOPERATION_AGREEMENT", "durationYears": 10}"""
                .formatted(Agreements.marker()));
        String id = created.path("id");
        String etag = created.header("ETag");
        etag = step(id, "open-negotiation", etag, "{\"date\": \"" + TODAY + "\"}", "NEGOTIATING");
        etag = step(id, "sign", etag, "{\"date\": \"" + TODAY + "\"}", "SIGNED");
        etag = step(id, "enter-into-force", etag, "{\"date\": \"" + TODAY + "\"}", "IN_FORCE");
        Agreements.get(id).then().body("expires", equalTo(LocalDate.now().plusYears(10).toString()));
        etag = step(id, "suspend", etag, "{\"reason\": \"Political crisis\"}", "SUSPENDED");
        Agreements.get(id).then().body("statusReason", equalTo("Political crisis"));
        etag = step(id, "resume", etag, null, "IN_FORCE");
        step(id, "terminate", etag, "{\"date\": \"" + TODAY + "\", \"reason\": \"Superseded\"}", "TERMINATED");

        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/history").then()
                .body("items.operation", contains("propose", "open-negotiation", "sign", "enter-into-force", "suspend", "resume", "terminate"))
                .body("items.status", contains("PROPOSED", "NEGOTIATING", "SIGNED", "IN_FORCE", "SUSPENDED", "IN_FORCE", "TERMINATED"))
                .body("items[4].reason", equalTo("Political crisis"));
        Agreements.get(id).then().body("terminated", equalTo(TODAY)).body("allowedOperations", org.hamcrest.Matchers.empty());
        assertEquals(List.of("proposed", "negotiation-opened", "signed", "entered-into-force", "suspended", "resumed", "terminated")
                        .stream().map(t -> "org.entente.agreement." + t + ".v1").toList(),
                AgreementApiTest.eventTypes(id, 7));
    }

    @Test
    void eachOperationChecksItsDatesAndReasonAndARefusalChangesNothing() {
        var signed = Agreements.create("""
                {"parties": ["USA", "PHL"], "title": "Dates %s", "type": "LOGISTICS_SUPPORT", "signed": "2020-03-01", "expires": "2030-03-01"}"""
                .formatted(Agreements.marker()));
        String id = signed.path("id");
        String etag = signed.header("ETag");
        record Bad(String operation, String body, String field) {
        }
        List<Bad> bad = List.of(
                new Bad("enter-into-force", "{}", "date"),
                new Bad("enter-into-force", "{\"date\": \"2020-02-29\"}", "date"),
                new Bad("enter-into-force", "{\"date\": \"" + LocalDate.now().plusDays(1) + "\"}", "date"),
                new Bad("enter-into-force", "{\"date\": \"2020-04-01\", \"expires\": \"2020-04-01\"}", "expires"),
                new Bad("enter-into-force", "{\"date\": 20200401}", "date"),
                new Bad("enter-into-force", "{\"date\": \"2020-04-01\", \"colour\": \"red\"}", "colour"),
                new Bad("terminate", "{\"date\": \"2021-01-01\"}", "reason"),
                new Bad("terminate", "{\"reason\": \"Notice\"}", "date"),
                new Bad("terminate", "{\"date\": \"2019-01-01\", \"reason\": \"Before signing\"}", "date"));
        for (Bad b : bad) {
            var response = Agreements.operate(id, b.operation(), etag, b.body()).then().extract();
            assertEquals(400, response.statusCode(), b + ": " + response.asString());
            assertEquals(b.field(), response.path("errors[0].field"), b + ": " + response.asString());
        }
        Agreements.get(id).then().header("ETag", etag).body("status", equalTo("SIGNED"));
        assertEquals(List.of("org.entente.agreement.proposed.v1", "org.entente.agreement.signed.v1"),
                KafkaEvents.settled(relay, AgreementApiTest.TOPIC, id).stream().map(DomainEvent::type).toList());

        etag = step(id, "enter-into-force", etag, "{\"date\": \"2020-04-01\"}", "IN_FORCE");
        Agreements.operate(id, "suspend", etag, "{\"date\": \"2021-01-01\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Agreements.operate(id, "terminate", etag, "{\"date\": \"2030-03-01\", \"reason\": \"After expiry\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        Agreements.get(id).then().header("ETag", etag).body("expires", equalTo("2030-03-01"));
    }

    @Test
    void operationsNeedIfMatchAndTheEditorRole() {
        var created = Agreements.propose("Guarded " + Agreements.marker());
        String id = created.path("id");
        given().auth().oauth2(TestTokens.editor()).post(Agreements.PATH + "/" + id + "/open-negotiation")
                .then().statusCode(428).contentType("application/problem+json");
        Agreements.operate(id, "open-negotiation", "\"999\"", null).then().statusCode(412);
        AccessMatrix.requires(Roles.EDITOR, request -> request.header("If-Match", "\"999\"")
                .post(Agreements.PATH + "/" + id + "/terminate"));
        Agreements.get(id).then().header("ETag", created.header("ETag")).body("status", equalTo("PROPOSED"));
    }

    @Test
    void anOperationOnAnUnknownAgreementIsNotFound() {
        Agreements.operate("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "sign", "\"0\"", "{\"date\": \"2020-01-01\"}")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("1b4e28ba"));
    }

    private static String step(String id, String operation, String etag, String body, String status) {
        return Agreements.operate(id, operation, etag, body).then().statusCode(200).body("status", equalTo(status))
                .extract().header("ETag");
    }

    private static String allowed(String status) {
        List<String> allowed = OPERATIONS.keySet().stream().filter(TRANSITIONS.get(status)::containsKey).toList();
        return allowed.isEmpty() ? "none" : String.join(", ", allowed);
    }

    private static Reached reach(String status) {
        String marker = Agreements.marker();
        var created = switch (status) {
            case "SIGNED" -> Agreements.create("""
                    {"parties": ["USA", "JPN"], "title": "Signed %s", "type": "PROCUREMENT", "signed": "%s"}""".formatted(marker, TODAY));
            case "IN_FORCE", "SUSPENDED" -> Agreements.create(Agreements.inForce("USA", "JPN", "In force " + marker, TODAY, TODAY));
            case "EXPIRED" -> Agreements.create("""
                    {"parties": ["USA", "JPN"], "title": "Expired %s", "type": "PROCUREMENT", "signed": "2000-01-01",
                     "enteredIntoForce": "2000-01-01", "expires": "2001-01-01"}""".formatted(marker));
            default -> Agreements.propose("Proposed " + marker);
        };
        String id = created.path("id");
        String etag = created.header("ETag");
        switch (status) {
            case "NEGOTIATING" -> etag = step(id, "open-negotiation", etag, null, "NEGOTIATING");
            case "SUSPENDED" -> etag = step(id, "suspend", etag, "{\"reason\": \"Test\"}", "SUSPENDED");
            case "TERMINATED" -> etag = step(id, "terminate", etag, "{\"date\": \"" + TODAY + "\", \"reason\": \"Test\"}", "TERMINATED");
            default -> {
            }
        }
        Agreements.get(id).then().body("status", equalTo(status));
        return new Reached(id, etag);
    }
}
