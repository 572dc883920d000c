package org.entente.platform.jpa;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A unique constraint the application checked but a concurrent writer won: 409, without SQL. Other
 * constraint violations are bugs in our checks: 500, logged.
 */
public class UniqueViolationProblems {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Logger LOG = Logger.getLogger(UniqueViolationProblems.class);

    @ServerExceptionMapper
    public Response conflict(ConstraintViolationException e, HttpServerRequest request) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            LOG.errorf(e, "Request %s %s (request id %s) broke a database constraint", request.method(), request.path(),
                    RequestIds.of(request));
            return Problem.of(500, "The request could not be completed; quote the request id when reporting it",
                    request.path(), RequestIds.of(request)).toResponse();
        }
        return Problem.of(409, "This conflicts with a record that was written at the same moment (a value that must "
                + "be unique is taken); read the current state and try again", request.path(), RequestIds.of(request))
                .toResponse();
    }
}
