package org.entente.platform.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** One JSON object per line, each exactly an item of the JSON list, every line ending in LF. */
final class NdjsonWriter<T> implements RecordWriter<T> {

    private final ObjectWriter writer;
    private final JsonGenerator generator;

    NdjsonWriter(ObjectMapper json, OutputStream out) throws IOException {
        // the service's mapper, as for the JSON pages; flushed per chunk, not per record
        this.writer = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.generator = json.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setRootValueSeparator(null); // the line end is the separator
    }

    @Override
    public void write(T record) throws IOException {
        writer.writeValue(generator, record);
        generator.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }
}
