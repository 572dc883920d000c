package org.entente.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.QueryParams;

/**
 * What every service's import resource answers, so that the resources hold only their paths, roles
 * and documentation: {@code POST .../imports/<data set>} starts a job, {@code GET .../imports/{id}}
 * shows it, {@code GET .../imports} lists the latest.
 */
@ApplicationScoped
public class ImportAnswers {

    private final CsvImports imports;
    private final Clock clock;

    ImportAnswers(CsvImports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /** {@code 202 Accepted} with the running job, its {@code Location} beside the upload's path ({@code .../imports/{id}}). */
    public Response started(RecordImporter importer, InputStream body, UriInfo uri, DataSetCatalogue dataSets) {
        ImportJob job = imports.start(importer, body);
        String path = uri.getPath();
        return Response.accepted(dataSets.view(job, clock.instant(), true))
                .location(uri.getBaseUriBuilder().path(path.substring(0, path.lastIndexOf('/'))).path(job.id.toString()).build())
                .build();
    }

    /** The job with every rejected row; 404 for an id that names none. */
    public ImportJobView one(String id, DataSetCatalogue dataSets) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new ProblemException(404, "No import with id \"" + id + "\"");
        }
        return dataSets.view(imports.get(uuid), clock.instant(), true);
    }

    /** The latest {@code limit} jobs, newest first, without their rejected rows. */
    public Page<ImportJobView> latest(String limit, DataSetCatalogue dataSets) {
        return new Page<>(imports.latest(QueryParams.limit(limit)).stream()
                .map(job -> dataSets.view(job, clock.instant(), false)).toList(), null);
    }
}
