package org.entente.platform.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes {@link ListedSampleResource.CsvRows} as CSV: an answer of a resource that does not produce JSON. */
@Provider
@Produces("text/csv")
public class CsvRowsWriter implements MessageBodyWriter<ListedSampleResource.CsvRows> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ListedSampleResource.CsvRows.class;
    }

    @Override
    public void writeTo(ListedSampleResource.CsvRows rows, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        for (ListedSampleResource.Named row : rows.rows()) {
            out.write((row.id() + "," + row.name() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
