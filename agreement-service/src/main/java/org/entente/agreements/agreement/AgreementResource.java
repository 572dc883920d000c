package org.entente.agreements.agreement;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.QueryParams;
import org.entente.platform.tokens.Roles;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class AgreementResource {

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "listAgreements", summary = "List bilateral defense agreements, by title")
    public Page<AgreementView> list(@QueryParam("limit") @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) String limit) {
        var items = Agreement.<Agreement>findAll(Sort.by("title")).page(0, QueryParams.limit(limit)).list()
                .stream().map(AgreementView::of).toList();
        return new Page<>(items, null);
    }
}
