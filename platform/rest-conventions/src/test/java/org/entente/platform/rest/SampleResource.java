package org.entente.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.entente.platform.tokens.Roles;

/** A resource that exercises every error path of the conventions; exists only in this module's tests. */
@Path("/samples")
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

    public enum Kind { MILITARY_ALLIANCE, SECURITY_PARTNERSHIP }

    public record Item(@NotBlank String label, @Min(0) int quantity) {
    }

    public record Sample(@NotBlank String name, Kind kind, LocalDate founded, @Min(0) @Max(100) Integer percent,
                         List<@Valid Item> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    public Sample create(@Valid Sample sample) {
        return sample;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    public Sample read(@PathParam("id") String id) {
        if ("broken".equals(id)) {
            throw new IllegalStateException("SELECT * FROM secret_table failed");
        }
        if ("gone".equals(id)) {
            throw new ProblemException(404, "No sample " + id);
        }
        return new Sample(id, Kind.MILITARY_ALLIANCE, LocalDate.of(1949, 4, 4), 2, List.of());
    }

    @GET
    @Path("tagged")
    @RolesAllowed(Roles.READER)
    public jakarta.ws.rs.core.Response tagged() {
        return jakarta.ws.rs.core.Response.ok(new Sample("tagged", Kind.MILITARY_ALLIANCE, null, null, List.of()))
                .tag(ETags.of(7)).build();
    }

    @GET
    @Path("count")
    @RolesAllowed(Roles.READER)
    public int count(@jakarta.ws.rs.QueryParam("n") int n) {
        return n;
    }

    @GET
    @Path("search")
    @RolesAllowed(Roles.READER)
    public List<String> search(@jakarta.ws.rs.QueryParam("q") String q) {
        return List.of(q);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public void delete(@PathParam("id") String id) {
        // nothing to delete in a sample
    }

    @GET
    @Path("unannotated")
    public String unannotated() {
        return "should never be served";
    }
}
