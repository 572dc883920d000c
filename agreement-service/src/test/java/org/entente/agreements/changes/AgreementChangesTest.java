package org.entente.agreements.changes;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.testing.ChangeFeedMirror;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The change feed of agreements: lifecycle steps as updates, deletions as tombstones. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AgreementChangesTest {

    private static final String FEED = Agreements.PATH + "/changes";

    @Test
    void anAgreementsStepsComeInOrderWithItsStatesAndItsDeletionIsATombstone() {
        String cursor = ChangeFeedMirror.cursorOfNow(FEED);
        var created = Agreements.propose("Feed " + Agreements.marker());
        String id = created.path("id");
        Agreements.operate(id, "open-negotiation", created.header("ETag"), null).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", Agreements.get(id).header("ETag"))
                .delete(Agreements.PATH + "/" + id).then().statusCode(204);

        List<Map<String, Object>> mine = await().until(() -> ChangeFeedMirror.changesOf(FEED, cursor, id), c -> c.size() == 3);
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), mine.stream().map(c -> c.get("change")).toList());
        assertEquals(List.of("org.entente.agreement.proposed.v1", "org.entente.agreement.negotiation-opened.v1",
                "org.entente.agreement.deleted.v1"), mine.stream().map(c -> c.get("type")).toList());
        assertEquals("NEGOTIATING", ((Map<?, ?>) mine.get(1).get("record")).get("status"));
        assertEquals(List.of("status"), ((Map<?, ?>) mine.get(1).get("details")).get("changed"));
        assertNull(mine.get(2).get("record"));
    }

    @Test
    void aClientThatReadsEverythingThenFollowsTheFeedEndsWithTheServersAgreementsWhateverRanMeanwhile() {
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10; i++) {
                var created = Agreements.propose("Feed " + Agreements.marker());
                String id = created.path("id");
                Agreements.operate(id, "open-negotiation", created.header("ETag"), null).then().statusCode(200);
                if (i % 3 == 0) {
                    given().auth().oauth2(TestTokens.admin()).header("If-Match", Agreements.get(id).header("ETag"))
                            .delete(Agreements.PATH + "/" + id).then().statusCode(204);
                }
            }
        });
        ChangeFeedMirror client = new ChangeFeedMirror(Agreements.PATH);
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.isDone() && client.caughtUp());
        writer.join();
    }
}
