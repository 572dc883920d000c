package org.entente.exercises.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real MME v7 wide file, as downloaded from Harvard Dataverse (doi:10.7910/DVN/KHFODX), read from
 * {@code ../shared/data/mme_v7/mme_v7.csv} beside the repository's root when that folder exists (CI has
 * it); skipped otherwise. The data set is not part of the repository.
 */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class MmeFullFileTest {

    /** The data rows of mme_v7.csv. */
    private static final int ROWS = 3707;

    private static Path file() {
        Path moduleDirectory = Path.of("").toAbsolutePath();
        Path sharedData = moduleDirectory.getParent().resolveSibling("shared").resolve("data");
        String why = "MmeFullFileTest skipped: no " + sharedData + " beside the repository (it holds the research data sets"
                + " in CI; download MME v7 from Harvard Dataverse, doi:10.7910/DVN/KHFODX, into mme_v7/ there to run it)";
        if (!Files.isDirectory(sharedData)) {
            System.out.println(why);
        }
        Assumptions.assumeTrue(Files.isDirectory(sharedData), why);
        return sharedData.resolve("mme_v7").resolve("mme_v7.csv");
    }

    /** Streams the file as the upload's body; the job's id. */
    private static String post(Path file) throws Exception {
        try (InputStream body = Files.newInputStream(file)) {
            return given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(body).post(Imports.MME)
                    .then().statusCode(202).extract().path("id");
        }
    }

    /** A reason's first words say its kind: {@code dates contradict: ...}. */
    private static String kind(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    @Test
    void theWholeFileImportsEveryRowCreatedOrRejectedWithItsReasonAndImportedAgainChangesNothing() throws Exception {
        Path file = file();
        long started = System.nanoTime();
        JsonPath job = Imports.ended(post(file), Duration.ofSeconds(120));
        double seconds = (System.nanoTime() - started) / 1e9;

        List<Map<String, Object>> rejections = job.getList("rejections");
        Map<String, Long> byReason = rejections.stream().collect(Collectors.groupingBy(r -> kind((String) r.get("reason")),
                TreeMap::new, Collectors.counting()));
        System.out.printf("MME v7 full file: %d rows read, %d created, %d updated, %d unchanged, %d rejected, in %.1f s"
                        + " (the job's own time %.1f s)%n", job.getInt("rowsRead"), job.getInt("created"), job.getInt("updated"),
                job.getInt("unchanged"), job.getInt("rejected"), seconds, job.getDouble("elapsedSeconds"));
        byReason.forEach((kind, count) -> System.out.printf("  rejected, %s: %d%n", kind, count));
        rejections.forEach(r -> System.out.printf("    line %s, %s: %s%n", r.get("line"), r.get("sourceId"), r.get("reason")));

        assertEquals("COMPLETED", job.getString("status"), job.prettify());
        assertEquals(ROWS, job.getInt("rowsRead"));
        assertEquals(ROWS, job.getInt("created") + job.getInt("rejected"), "every row created or rejected");
        assertEquals(job.getInt("rejected"), rejections.size(), "every rejected row listed");
        assertTrue(rejections.stream().allMatch(r -> (Integer) r.get("line") > 1 && r.get("sourceId") != null), rejections.toString());
        assertTrue(seconds < 60, "took " + seconds + " s");

        long again = System.nanoTime();
        JsonPath reimport = Imports.ended(post(file), Duration.ofSeconds(120));
        System.out.printf("MME v7 imported again: %d unchanged, %d created, %d updated, %d rejected, in %.1f s%n",
                reimport.getInt("unchanged"), reimport.getInt("created"), reimport.getInt("updated"), reimport.getInt("rejected"),
                (System.nanoTime() - again) / 1e9);
        assertEquals(List.of(job.getInt("created"), 0, 0, job.getInt("rejected")), List.of(reimport.getInt("unchanged"),
                reimport.getInt("created"), reimport.getInt("updated"), reimport.getInt("rejected")), "the same file changes nothing");

        Function<String, Integer> count = query -> given().auth().oauth2(TestTokens.reader())
                .get(Exercises.PATH + "?source=mme-7&limit=200&" + query).then().statusCode(200).extract().<List<?>>path("items").size();
        assertTrue(count.apply("country=SUHH&to=1991-12-24") > 0, "Russia before 1992 is the Soviet Union");
        assertTrue(count.apply("country=RUS&from=1992-01-01") > 0, "and Russia after");
    }
}
