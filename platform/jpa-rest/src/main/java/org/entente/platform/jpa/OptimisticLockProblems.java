package org.entente.platform.jpa;

import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.entente.platform.rest.Problem;
import org.entente.platform.rest.RequestIds;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers sent the same If-Match and both passed the check; the database's version column let
 * only the first commit. The second gets what a stale If-Match gets: 412.
 */
public class OptimisticLockProblems {

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e, HttpServerRequest request) {
        return problem(request);
    }

    @ServerExceptionMapper
    public Response lostRace(StaleObjectStateException e, HttpServerRequest request) {
        return problem(request);
    }

    private static Response problem(HttpServerRequest request) {
        return Problem.of(412, "Someone else changed the resource at the same moment; GET it again and reapply "
                + "your change", request.path(), RequestIds.of(request)).toResponse();
    }
}
