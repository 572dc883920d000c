package org.entente.alliances.atop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real member-level file of ATOP 5.1, where the research data is kept beside the repository
 * ({@code ../shared/data}, as CI has it): every row is imported into an alliance or rejected with its
 * reason, in well under a minute. Skipped, saying so, where that folder is not there.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AtopFullFileTest {

    private static final int ROWS = 2_510;

    @Test
    void theWholeFileImportsEachRowIntoAnAllianceOrRejectedWithItsReasonInWellUnderAMinute() throws IOException {
        Path data = repositoryRoot().resolve("../shared/data").normalize();
        if (!Files.isDirectory(data)) {
            String skipped = "Skipped: the research data folder " + data + " is not there (CI has it), so the full ATOP file is not imported";
            System.out.println(skipped);
            Assumptions.assumeTrue(false, skipped);
        }
        Path file = data.resolve("atop_5.1/atop5_1m.csv");
        assertTrue(Files.isRegularFile(file), "the research data folder is there, so ATOP's file must be too: " + file);
        AtopImports.codes("source=atop-5.1").forEach(AtopImports::deleteIfPresent); // what other tests imported

        JsonPath started = AtopImports.post(Files.readAllBytes(file)).then().statusCode(202).extract().jsonPath();
        JsonPath job = AtopImports.ended(started.getString("id"), Duration.ofMinutes(5));

        Map<String, Integer> rowsById = rowsById(file);
        Map<String, Long> rejectedById = job.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.groupingBy(r -> String.valueOf(r.get("sourceId")), TreeMap::new, Collectors.counting()));
        List<String> created = AtopImports.codes("source=atop-5.1");
        long rowsOfCreated = created.stream().mapToLong(code -> {
            String id = code.substring("ATOP_".length());
            return rowsById.get(id) - rejectedById.getOrDefault(id, 0L);
        }).sum();
        report(job, created.size());

        assertEquals("COMPLETED", job.getString("status"), job.getString("failure.reason"));
        assertEquals(ROWS, job.getInt("rowsRead"));
        assertEquals(job.getInt("created"), created.size());
        assertEquals(ROWS, rowsOfCreated + job.getInt("rejected"), "every row in a created alliance or rejected");
        assertEquals(job.getInt("rejected"), job.getList("rejections").size(), "every rejected row listed");
        job.<Map<String, Object>>getList("rejections").forEach(r -> assertTrue(((Number) r.get("line")).intValue() > 1
                && !String.valueOf(r.get("reason")).isBlank(), r.toString()));
        assertTrue(job.getDouble("elapsedSeconds") < 60, job.getDouble("elapsedSeconds") + " s");
        assertEquals(List.of(788, 2, 416), List.of(job.getInt("created"), job.getInt("rejected"),
                AtopImports.codes("source=atop-5.1&status=DISSOLVED").size()), "the file as distributed, as docs/domain.md says");

        JsonPath nato = AtopImports.alliance(3180);
        assertEquals(List.of("DEFENSE_PACT", "1949-04-04", "ACTIVE", List.of("NATO")), List.of(nato.getString("kind"),
                nato.getString("founded"), nato.getString("status"), nato.getList("counterparts")));
        assertEquals(29, given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_3180/members?asOf=2018-12-31")
                .then().extract().<List<?>>path("items").size(), "NATO's 29 members at the end of 2018, Montenegro among them");
        assertEquals(List.of("DEU 1954-10-23..1990-10-03", "DEU 1990-10-03.."), AtopImports.periods(3180, "history=true").stream()
                .filter(p -> p.startsWith("DEU")).toList(), "West Germany (260), then Germany (255): consecutive, no gap");
        assertTrue(AtopImports.periods(3215, "history=true").contains("NZL 1951-09-01..1986-09-17"), "ANZUS without New Zealand");
    }

    private static void report(JsonPath job, int alliances) {
        Map<String, List<Map<String, Object>>> byReason = job.<Map<String, Object>>getList("rejections").stream()
                .collect(Collectors.groupingBy(r -> String.valueOf(r.get("reason")), TreeMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder("ATOP 5.1 full file: ").append(job.getString("status")).append(", ")
                .append(job.getInt("rowsRead")).append(" rows read, ").append(job.getInt("created")).append(" alliances created (")
                .append(alliances).append(" listed), ").append(job.getInt("updated")).append(" updated, ")
                .append(job.getInt("unchanged")).append(" unchanged, ").append(job.getInt("rejected")).append(" rows rejected, in ")
                .append(job.getDouble("elapsedSeconds")).append(" s (max heap ").append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MB)\n");
        byReason.forEach((reason, rows) -> out.append("  ").append(rows.size()).append(" x ").append(reason).append(" (line")
                .append(rows.size() == 1 ? " " : "s ").append(rows.stream().map(r -> String.valueOf(r.get("line")))
                        .collect(Collectors.joining(", "))).append(")\n"));
        System.out.print(out);
    }

    private static Map<String, Integer> rowsById(Path file) throws IOException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.merge(record.get("atopid"), 1, Integer::sum);
            }
        }
        return rows;
    }

    /** The directory holding the Maven Wrapper, above the module the tests run in. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir.getParent() != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
