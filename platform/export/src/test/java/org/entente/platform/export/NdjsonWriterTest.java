package org.entente.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonWriterTest {

    record Item(String name, List<String> codes) {
    }

    @Test
    void one_json_object_per_line_each_line_ending_in_lf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonWriter<Item> writer = new NdjsonWriter<>(new ObjectMapper(), out);
        writer.write(new Item("a\nb", List.of("USA")));
        writer.write(new Item("c", List.of()));
        writer.flush();
        assertEquals("{\"name\":\"a\\nb\",\"codes\":[\"USA\"]}\n{\"name\":\"c\",\"codes\":[]}\n", out.toString(StandardCharsets.UTF_8));
    }
}
