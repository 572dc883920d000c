package org.entente.platform.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.PageLinks;
import org.entente.platform.rest.QueryParams;

/**
 * The answer of every list endpoint: a JSON page, or every matching record as CSV or NDJSON, streamed.
 * An export walks the listing's pages {@code entente.export.chunk-size} records at a time and writes
 * each record as it goes, so the memory it takes does not grow with the number of records.
 */
@ApplicationScoped
public class Exports {

    private static final String CSV_CONTENT_TYPE = ExportFormat.CSV_TYPE + "; charset=UTF-8; header=present";

    private final ObjectMapper json;
    private final ExportReads reads;
    private final Clock clock;
    private final HttpServerRequest request;
    private final int chunkSize;

    Exports(ObjectMapper json, ExportReads reads, Clock clock, HttpServerRequest request,
            @ConfigProperty(name = "entente.export.chunk-size") int chunkSize) {
        this.json = json;
        this.reads = reads;
        this.clock = clock;
        this.request = request;
        this.chunkSize = chunkSize;
    }

    /**
     * The answer in the format asked for ({@link ExportFormat#negotiate}): the page after {@code after}
     * of at most {@code limit} records as JSON, or an export of them all.
     */
    public <T> Response answer(Listing<T> listing, String format, String after, String limit, UriInfo uri) {
        ExportFormat chosen = ExportFormat.negotiate(format, request.headers().getAll(HttpHeaders.ACCEPT));
        if (chosen == ExportFormat.JSON) {
            // the type explicit: format=json wins over an Accept that asks for CSV
            return Response.fromResponse(PageLinks.ok(listing.pages().page(after, QueryParams.limit(limit)), uri))
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        StreamingOutput body = out -> reads.during(() -> write(chosen, listing, out));
        // only characters that need no quoting or encoding in the header
        String filename = listing.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + LocalDate.now(clock)
                + "." + chosen.extension();
        return Response.ok(body, chosen == ExportFormat.CSV ? CSV_CONTENT_TYPE : chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    /** The answer of a small collection, one page as JSON. */
    public <T> Response answer(Listing<T> listing, String format) {
        return answer(listing, format, null, null, null);
    }

    private <T> void write(ExportFormat format, Listing<T> listing, OutputStream out) throws IOException {
        RecordWriter<T> writer = format == ExportFormat.CSV ? new CsvWriter<>(listing.csv(), out) : new NdjsonWriter<>(json, out);
        String after = null;
        do {
            Page<T> page = listing.pages().page(after, chunkSize);
            for (T record : page.items()) {
                writer.write(record);
            }
            writer.flush();
            reads.chunkWritten();
            after = page.next();
        } while (after != null);
    }
}
