package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.platform.export.ExportReads;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** On PostgreSQL an export reads one snapshot: every chunk in one read-only REPEATABLE READ transaction. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ExportSnapshotTest {

    @Inject
    ExportReads reads;

    @Inject
    EntityManager entityManager;

    @Test
    void anAllianceCreatedWhileAnExportRunsIsNotInItsLaterChunks() throws IOException {
        String code = Alliances.uniqueCode("SNAP");
        List<Object> seen = new ArrayList<>();
        reads.during(() -> {
            seen.add(entityManager.createNativeQuery("SHOW transaction_isolation").getSingleResult());
            seen.add(entityManager.createNativeQuery("SHOW transaction_read_only").getSingleResult());
            seen.add(count(code));
            Alliances.create(code, "Snapshot " + code); // committed by the service meanwhile
            reads.chunkWritten();
            seen.add(count(code));
        });
        assertEquals(List.of("repeatable read", "on", 0L, 0L), seen);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().statusCode(200)
                .body("code", equalTo(code));
    }

    private long count(String code) {
        return entityManager.createQuery("SELECT count(a) FROM Alliance a WHERE a.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }
}
