package org.entente.agreements.expiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MutableClock;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.Scrape;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expiry and automatic renewal, driven by setting the service's clock and running the job. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ExpiryJobTest {

    @Inject
    OutboxRelay relay;

    private static final String TOPIC = "agreements.events";
    private static final LocalDate EXPIRES = LocalDate.now().plusDays(30);

    @Inject
    MutableClock clock;

    @Inject
    ExpiryJob job;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void anAgreementRunsUntilItsExpiryAndThenExpiresOnce() {
        String id = inForceUntil(EXPIRES, null);

        clock.setToday(EXPIRES.minusDays(1));
        job.run();
        Agreements.get(id).then().body("status", equalTo("IN_FORCE"));

        clock.setToday(EXPIRES);
        job.run();
        Agreements.get(id).then().body("status", equalTo("EXPIRED")).body("allowedOperations", org.hamcrest.Matchers.empty());
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/history").then()
                .body("items[-1].operation", equalTo("expire"))
                .body("items[-1].effectiveOn", equalTo(EXPIRES.toString()));

        job.run();
        clock.setToday(EXPIRES.plusYears(1));
        job.run();
        assertEquals(List.of("proposed", "signed", "entered-into-force", "expired"), types(id));
    }

    @Test
    void anAgreementThatRenewsItselfIsExtendedByItsTermEachTimeItsExpiryComes() {
        String id = inForceUntil(EXPIRES, 5);

        clock.setToday(EXPIRES);
        job.run();
        job.run();
        Agreements.get(id).then().body("status", equalTo("IN_FORCE")).body("expires", equalTo(EXPIRES.plusYears(5).toString()));

        clock.setToday(EXPIRES.plusYears(12)); // two more terms have begun since
        job.run();
        Agreements.get(id).then().body("expires", equalTo(EXPIRES.plusYears(15).toString()));
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "/" + id + "/history").then()
                .body("items.findAll { it.operation == 'renew' }.effectiveOn",
                        equalTo(List.of(EXPIRES.toString(), EXPIRES.plusYears(5).toString(), EXPIRES.plusYears(10).toString())));
        assertEquals(List.of("proposed", "signed", "entered-into-force", "renewed", "renewed", "renewed"), types(id));
    }

    @Test
    void aSuspendedAgreementExpiresToo() {
        String id = inForceUntil(EXPIRES, null);
        String etag = Agreements.get(id).header("ETag");
        Agreements.operate(id, "suspend", etag, "{\"reason\": \"Dispute\"}").then().statusCode(200);

        clock.setToday(EXPIRES.plusDays(3));
        job.run();
        Agreements.get(id).then().body("status", equalTo("EXPIRED"));
    }

    @Test
    void twoInstancesRunningAtOnceExpireEachAgreementOnce() throws Exception {
        List<String> ids = List.of(inForceUntil(EXPIRES, null), inForceUntil(EXPIRES, null), inForceUntil(EXPIRES, 1));
        clock.setToday(EXPIRES);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> {
                start.await();
                return job.run();
            };
            for (var result : pool.invokeAll(List.of(instance, instance))) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        job.run(); // whichever instance skipped, nothing is left to do
        assertEquals("expired", types(ids.get(0)).get(3));
        assertEquals(4, types(ids.get(0)).size());
        assertEquals(4, types(ids.get(1)).size());
        assertEquals(List.of("proposed", "signed", "entered-into-force", "renewed"), types(ids.get(2)));
    }

    @Test
    void eachScheduledRunIsCountedWithTheAgreementsItChangedInTheMetrics() {
        LocalDate expires = EXPIRES.plusDays(400); // no other test's agreement expires on that day
        clock.setToday(expires.minusDays(1));
        job.run(); // whatever else is due by then
        String id = inForceUntil(expires, null);
        Scrape before = Scrape.ofApp();

        clock.setToday(expires);
        job.scheduled();

        Scrape after = Scrape.ofApp();
        assertEquals(before.value("entente_agreement_expiry_runs_total") + 1, after.value("entente_agreement_expiry_runs_total"));
        assertEquals(before.value("entente_agreement_expiry_changed_agreements_total") + 1,
                after.value("entente_agreement_expiry_changed_agreements_total"), "the one agreement it expired");
        Agreements.get(id).then().body("status", equalTo("EXPIRED"));
    }

    private static String inForceUntil(LocalDate expires, Integer renewalYears) {
        return Agreements.create("""
                {"parties": ["GBR", "FRA"], "title": "Expiring %s", "type": "TRAINING_AND_EXERCISES",
                 "signed": "2020-01-01", "enteredIntoForce": "2020-02-01", "expires": "%s", "renewalYears": %s}"""
                .formatted(Agreements.marker(), expires, renewalYears)).path("id");
    }

    private List<String> types(String id) {
        return KafkaEvents.settled(relay, TOPIC, id).stream()
                .map(DomainEvent::type)
                .map(type -> type.substring("org.entente.agreement.".length(), type.length() - ".v1".length()))
                .toList();
    }
}
