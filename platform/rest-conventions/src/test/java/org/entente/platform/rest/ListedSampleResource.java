package org.entente.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entente.platform.tokens.Roles;

/** A collection whose records can be renamed, and its export as a stream; exists only in this module's tests. */
@Path("/listed-samples")
@Produces(MediaType.APPLICATION_JSON)
public class ListedSampleResource {

    public record Named(int id, String name) {
    }

    private static final List<Named> RECORDS = new CopyOnWriteArrayList<>(
            java.util.stream.IntStream.range(0, 50).mapToObj(i -> new Named(i, "alliance number " + i)).toList());

    @GET
    @RolesAllowed(Roles.READER)
    public Page<Named> list() {
        return new Page<>(List.copyOf(RECORDS), null);
    }

    @GET
    @Path("linked")
    @RolesAllowed(Roles.READER)
    public jakarta.ws.rs.core.Response linked(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return PageLinks.ok(new Page<>(List.copyOf(RECORDS).subList(0, 10), "after-ten"), uri);
    }

    @GET
    @Path("as-csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.READER)
    public jakarta.ws.rs.core.Response asCsv() {
        return jakarta.ws.rs.core.Response.ok(new CsvRows(List.copyOf(RECORDS))).build();
    }

    /** Written by {@link CsvRowsWriter}, not as JSON. */
    public record CsvRows(List<Named> rows) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.EDITOR)
    public Named rename(@PathParam("id") int id, String name) {
        RECORDS.set(id, new Named(id, name));
        return RECORDS.get(id);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @RolesAllowed(Roles.READER)
    public StreamingOutput export() {
        return out -> {
            for (Named record : RECORDS) {
                out.write((record.id() + "," + record.name() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
