package org.entente.agreements.dcad;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real DCAD 1.0 main file, as its authors distribute it, imported whole: read from the folder
 * {@code ../shared/data} beside the repository root when it is there (CI has it), skipped otherwise.
 * The agreements it made are removed at the end, so that the other tests' queries see only their own.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class DcadFullFileTest {

    private static final int ROWS = 1871;

    @Inject
    AgroalDataSource database;

    @Test
    void theWholeFileImportsEveryRowIsAnAgreementOrAnExplainedRejectionAndASecondImportChangesNothing() throws Exception {
        Path file = dcadFile();
        try {
            JsonPath first = DcadFiles.finished(upload(file));
            report("first import", first);
            assertEquals("COMPLETED", first.getString("status"), first.prettify());
            assertEquals(ROWS, first.getInt("rowsRead"));
            int agreements = first.getInt("created") + first.getInt("updated") + first.getInt("unchanged");
            assertEquals(ROWS, agreements + first.getInt("rejected"));
            assertEquals(first.getInt("rejected"), first.getList("rejections").size());
            for (Map<String, Object> rejection : first.<Map<String, Object>>getList("rejections")) {
                assertTrue(rejection.get("sourceId") != null && rejection.get("reason") instanceof String reason
                        && reason.matches("[A-Za-z -]+: .+"), rejection.toString());
            }
            assertFalse(first.getList("rejections.reason").stream().anyMatch(r -> ((String) r).startsWith("refused by")),
                    "every rejection comes from a DCAD rule, none from the service's safety net");

            JsonPath second = DcadFiles.finished(upload(file));
            report("second import", second);
            assertEquals(0, second.getInt("created"));
            assertEquals(0, second.getInt("updated"));
            assertEquals(agreements, second.getInt("unchanged"));
            assertEquals(first.getList("rejections"), second.getList("rejections"));
        } finally {
            removeTheImportedAgreements();
        }
    }

    private static String upload(Path file) throws IOException {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(Files.readAllBytes(file))
                .post(DcadFiles.UPLOAD).then().statusCode(202).extract().header("Location");
    }

    /** The file in {@code ../shared/data} beside the repository root; the test is skipped without that folder. */
    private static Path dcadFile() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        Optional<Path> data = Optional.ofNullable(root).map(r -> r.resolveSibling("shared").resolve("data")).filter(Files::isDirectory);
        if (data.isEmpty()) {
            String why = "DCAD full-file test skipped: no folder ../shared/data beside the repository root"
                    + " (put DCAD-v1.0-main.csv, as distributed, in a folder below it to run it)";
            System.out.println(why);
            Assumptions.assumeTrue(false, why);
        }
        try (Stream<Path> found = Files.walk(data.get(), 2)) {
            return found.filter(p -> p.getFileName().toString().equals(Dcad.DATA_SET.fileName())).findFirst()
                    .orElseThrow(() -> new AssertionError(data.get() + " holds no " + Dcad.DATA_SET.fileName()));
        }
    }

    /** Prints what the import did, and its rejected rows grouped by the kind of reason. */
    private static void report(String which, JsonPath job) {
        System.out.printf("DCAD %s: %s, %d rows read, %d created, %d updated, %d unchanged, %d rejected in %.1f s%n", which,
                job.getString("status"), job.getInt("rowsRead"), job.getInt("created"), job.getInt("updated"),
                job.getInt("unchanged"), job.getInt("rejected"), job.getDouble("elapsedSeconds"));
        Map<String, List<Map<String, Object>>> byKind = new TreeMap<>(job.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.groupingBy(r -> ((String) r.get("reason")).split(":", 2)[0])));
        byKind.forEach((kind, rows) -> {
            System.out.printf("  %s: %d%n", kind, rows.size());
            rows.forEach(r -> System.out.printf("    line %s, %s: %s%n", r.get("line"), r.get("sourceId"), r.get("reason")));
        });
    }

    private void removeTheImportedAgreements() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM agreement WHERE data_set = 'dcad-1.0' AND source_id ~ '^DCADv1\\.0-[0-9]{4}$'");
        }
    }
}
