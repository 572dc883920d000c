package org.entente.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reading the exports of list endpoints in tests: CSV as RFC 4180 rows by column name, NDJSON as JSON. */
public final class ExportAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportAnswers() {
    }

    /** The header row, as sent (up to the first CRLF). */
    public static String headerRow(String csv) {
        return csv.substring(0, csv.indexOf("\r\n"));
    }

    /** The rows after the header, each read by column name. */
    public static List<CSVRecord> csvRows(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that an NDJSON export holds the items of a JSON page, one per line in their order, each line ending in LF. */
    public static void assertNdjsonIsTheItemsOf(String jsonPage, String ndjson) {
        try {
            List<JsonNode> items = new ArrayList<>();
            JSON.readTree(jsonPage).get("items").forEach(items::add);
            assertTrue(ndjson.isEmpty() || ndjson.endsWith("\n"), "the last line ends in LF");
            List<JsonNode> lines = new ArrayList<>();
            for (String line : ndjson.split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(JSON.readTree(line));
                }
            }
            assertEquals(items, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
