package org.entente.gateway.views;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.gateway.upstream.Upstream;
import org.entente.gateway.upstream.Upstreams;
import org.entente.gateway.views.ServiceRecords.Exercise;
import org.entente.gateway.views.ServiceRecords.Membership;
import org.entente.gateway.views.ServiceRecords.Page;
import org.entente.gateway.views.ServiceRecords.Partner;

/**
 * The reads the views make from the services, with the caller's token and request id (the services
 * check the caller's roles themselves), each within the views' call timeout. A failed read fails with
 * {@link Unavailable}, saying why.
 */
@Singleton
class ServiceReads {

    static final String ALLIANCES = "alliance-service";
    static final String AGREEMENTS = "agreement-service";
    static final String EXERCISES = "exercise-service";

    private final Upstreams upstreams;
    private final ViewsConfig config;
    private final ObjectMapper mapper;

    ServiceReads(Upstreams upstreams, ViewsConfig config, ObjectMapper mapper) {
        this.upstreams = upstreams;
        this.config = config;
        this.mapper = mapper;
    }

    /** Every membership period of the country. */
    Future<List<Membership>> memberships(String country, Caller caller) {
        return read(ALLIANCES, "/api/v1/countries/" + country + "/alliances", caller, new TypeReference<Page<Membership>>() { })
                .map(Page::items);
    }

    /** The country's partners with their agreements, {@code inForce} as of the day. */
    Future<List<Partner>> partners(String country, LocalDate day, Caller caller) {
        return read(AGREEMENTS, "/api/v1/countries/" + country + "/agreements?inForceOn=" + day, caller,
                new TypeReference<Page<Partner>>() { }).map(Page::items);
    }

    /** One page of exercises for a query such as {@code country=JPN&sort=-start&limit=10}. */
    Future<Page<Exercise>> exercises(String query, Caller caller) {
        return read(EXERCISES, "/api/v1/exercises?" + query, caller, new TypeReference<Page<Exercise>>() { });
    }

    /** Every exercise of the query, following the pages up to the configured number. */
    Future<List<Exercise>> allExercises(String query, Caller caller) {
        return pages(query, null, new ArrayList<>(), config.exercisePages(), caller);
    }

    private Future<List<Exercise>> pages(String query, String after, List<Exercise> found, int pagesLeft, Caller caller) {
        String page = after == null ? query : query + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
        return exercises(page, caller).compose(result -> {
            found.addAll(result.items());
            if (result.next() == null) {
                return Future.succeededFuture(found);
            }
            if (pagesLeft <= 1) {
                return Future.failedFuture(new Unavailable(EXERCISES, "more than " + found.size()
                        + " exercises; only " + config.exercisePages() + " pages are read"));
            }
            return pages(query, result.next(), found, pagesLeft - 1, caller);
        });
    }

    private <T> Future<T> read(String service, String uri, Caller caller, TypeReference<T> type) {
        Upstream upstream = upstreams.named(service);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        if (caller.authorization() != null) {
            headers.add("Authorization", caller.authorization());
        }
        if (caller.requestId() != null) {
            headers.add("X-Request-Id", caller.requestId());
        }
        return upstream.get(uri, headers, config.callTimeout()).recover(failure ->
                Future.failedFuture(new Unavailable(service, upstream.describe(failure)))).compose(reply -> {
            if (reply.status() != 200) {
                return Future.failedFuture(new Unavailable(service, service + " answered " + reply.status()));
            }
            try {
                return Future.succeededFuture(mapper.readValue(reply.body().getBytes(), type));
            } catch (IOException e) {
                return Future.failedFuture(new Unavailable(service, service + " answered something unreadable"));
            }
        });
    }

    /** Whom the views ask for: the caller's credentials and request id, passed on to the services. */
    record Caller(String authorization, String requestId) {
    }

    /** A read that failed, and why, for the view's {@code partial} list. */
    static final class Unavailable extends RuntimeException {
        final String service;

        Unavailable(String service, String reason) {
            super(reason, null, false, false);
            this.service = service;
        }
    }
}
