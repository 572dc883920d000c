package org.entente.agreements.agreement;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.platform.rest.Page;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class AgreementResource {

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAgreements", summary = "List bilateral defense agreements, by title")
    public Page<AgreementView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        var items = Agreement.<Agreement>findAll(Sort.by("title")).page(0, limit).list()
                .stream().map(AgreementView::of).toList();
        return new Page<>(items, null);
    }
}
