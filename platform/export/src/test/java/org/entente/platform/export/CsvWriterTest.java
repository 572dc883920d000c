package org.entente.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    enum Kind { COLLECTIVE_DEFENSE }

    record Period(String country, LocalDate joined) {
    }

    record Source(String dataSet, String sourceId) {
    }

    record Item(String name, Kind kind, BigDecimal share, List<String> codes, Source source, Map<String, String> values,
                List<Period> periods) {
    }

    private static final CsvColumns<Item> COLUMNS = CsvColumns.of(Item.class)
            .add("name", Item::name).add("kind", Item::kind).add("share", Item::share).joined("codes", Item::codes)
            .nested("source", Item::source, CsvColumns.of(Source.class).add("dataSet", Source::dataSet).add("sourceId", Source::sourceId))
            .pairs("values", Item::values);

    @Test
    void rfc4180_header_then_crlf_rows_with_commas_quotes_and_line_breaks_quoted_and_quotes_doubled() throws IOException {
        Item item = new Item("North Atlantic, \"NATO\"\nTreaty", Kind.COLLECTIVE_DEFENSE, new BigDecimal("2.00"),
                List.of("USA", "GBR"), new Source("atop-5.1", "3180"), Map.of("b", "2", "a", "1"), List.of());
        assertEquals("name,kind,share,codes,source.dataSet,source.sourceId,values\r\n"
                + "\"North Atlantic, \"\"NATO\"\"\nTreaty\",COLLECTIVE_DEFENSE,2.00,USA;GBR,atop-5.1,3180,a=1;b=2\r\n",
                csv(COLUMNS, item));
    }

    @Test
    void null_values_nested_objects_and_lists_are_empty_cells() throws IOException {
        assertEquals("name,kind,share,codes,source.dataSet,source.sourceId,values\r\nplain,,,,,,\r\n",
                csv(COLUMNS, new Item("plain", null, null, null, null, null, null)));
    }

    @Test
    void one_row_per_item_of_a_nested_list_and_one_row_without_items() throws IOException {
        CsvRows<Item> rows = CsvColumns.of(Item.class).add("name", Item::name).onePerItem("period", Item::periods,
                CsvColumns.of(Period.class).add("country", Period::country).add("joined", Period::joined));
        assertEquals("name,period.country,period.joined\r\nA,FIN,2023-04-04\r\nA,SWE,2024-03-07\r\nB,,\r\n",
                csv(rows, new Item("A", null, null, null, null, null,
                        List.of(new Period("FIN", LocalDate.of(2023, 4, 4)), new Period("SWE", LocalDate.of(2024, 3, 7)))),
                        new Item("B", null, null, null, null, null, List.of())));
    }

    @Test
    void utf8() throws IOException {
        assertEquals("name\r\nTraité de Bruxelles – 1948\r\n",
                csv(CsvColumns.of(Item.class).add("name", Item::name),
                        new Item("Traité de Bruxelles – 1948", null, null, null, null, null, null)));
    }

    @SafeVarargs
    private static <T> String csv(CsvRows<T> rows, T... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter<T> writer = new CsvWriter<>(rows, out);
        for (T record : records) {
            writer.write(record);
        }
        writer.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
