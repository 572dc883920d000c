package org.entente.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.entente.platform.rest.ProblemException;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void accept_picks_the_first_of_ours_by_quality() {
        assertEquals(ExportFormat.CSV, ExportFormat.negotiate(null, List.of("text/csv")));
        assertEquals(ExportFormat.NDJSON, ExportFormat.negotiate(null, List.of("application/x-ndjson")));
        assertEquals(ExportFormat.NDJSON, ExportFormat.negotiate(null, List.of("text/csv;q=0.5, application/x-ndjson")));
        assertEquals(ExportFormat.CSV, ExportFormat.negotiate(null, List.of("text/html", "text/*;q=0.9")));
    }

    @Test
    void json_without_accept_for_wildcards_and_for_json() {
        assertEquals(ExportFormat.JSON, ExportFormat.negotiate(null, List.of()));
        assertEquals(ExportFormat.JSON, ExportFormat.negotiate(null, List.of("*/*")));
        assertEquals(ExportFormat.JSON, ExportFormat.negotiate(null, List.of("application/json, text/csv;q=0.1")));
        assertEquals(ExportFormat.JSON, ExportFormat.negotiate(null, List.of("text/csv;q=0, */*")));
    }

    @Test
    void the_format_parameter_wins_and_an_unknown_one_is_refused_naming_the_allowed() {
        assertEquals(ExportFormat.JSON, ExportFormat.negotiate("json", List.of("text/csv")));
        assertEquals(ExportFormat.NDJSON, ExportFormat.negotiate("ndjson", List.of("text/csv")));
        ProblemException refused = assertThrows(ProblemException.class, () -> ExportFormat.negotiate("xlsx", List.of()));
        assertEquals(400, refused.status());
    }
}
