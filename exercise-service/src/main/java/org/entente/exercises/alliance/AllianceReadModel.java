package org.entente.exercises.alliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.cloudevents.DomainEvent;

/**
 * What the exercise service knows of alliances, from the events alliance-service publishes on
 * {@code alliances.events}: each alliance's code, name and status, and every membership period
 * ({@code alliances} collection): one period from an event with {@code membership}, all of them from
 * one with {@code memberships} (an imported alliance corrected). Fed by {@link AllianceEventsConsumer}; asked whether a linked
 * alliance exists and who was a member on a day, without calling alliance-service.
 *
 * <p>Idempotent: an alliance's document keeps the {@code ce_id}s of the last events applied to it
 * ({@code appliedEvents}), written with the change in one update, and an event among them is
 * skipped (a redelivery comes from the last committed offset, far fewer events back); applying one
 * twice would set the same values anyway. (Before, a separate {@code processed_alliance_events}
 * collection held them: a second write per event, which imports of thousands of alliances felt.)
 */
@ApplicationScoped
public class AllianceReadModel {

    private static final String PREFIX = DomainEvent.TYPE_PREFIX + "alliance.";
    private static final String APPLIED = "appliedEvents";
    private static final int APPLIED_KEPT = 100;

    private final MongoCollection<Document> alliances;
    private final ObjectMapper json;

    AllianceReadModel(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database, ObjectMapper json) {
        this.alliances = client.getDatabase(database).getCollection("alliances");
        this.json = json;
    }

    /** Applies one event of {@code alliances.events}; false when it was applied before (same {@code ce_id}). */
    public boolean apply(DomainEvent event) {
        String eventId = event.id().toString();
        // by _id alone: the one query the MongoDB-protocol store answers from an index
        Document known = alliances.find(new Document("_id", event.subject())).projection(Projections.include(APPLIED)).first();
        if (known != null && known.getList(APPLIED, String.class, List.of()).contains(eventId)) {
            return false;
        }
        JsonNode data;
        try {
            data = json.readTree(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable data in event " + event.id(), e);
        }
        JsonNode alliance = data.path("alliance");
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("code", alliance.path("code").asText()),
                Updates.set("name", alliance.path("name").asText()),
                Updates.set("status", alliance.path("status").asText()),
                Updates.set("deleted", event.type().equals(PREFIX + "deleted.v1"))));
        JsonNode membership = data.path("membership");
        JsonNode all = data.path("memberships");
        if (all.isArray()) {
            // every period as it is now (an imported alliance corrected by a new version of its file): replaces those known
            Document periods = new Document();
            all.forEach(period -> periods.append(period.path("id").asText(), period(period)));
            updates.add(Updates.set("memberships", periods));
        } else if (membership.hasNonNull("id")) {
            updates.add(Updates.set("memberships." + membership.path("id").asText(), period(membership)));
        }
        updates.add(Updates.pushEach(APPLIED, List.of(eventId), new PushOptions().slice(-APPLIED_KEPT)));
        alliances.updateOne(Filters.eq("_id", event.subject()), Updates.combine(updates), new UpdateOptions().upsert(true));
        return true;
    }

    private static Document period(JsonNode membership) {
        return new Document().append("country", membership.path("country").asText())
                .append("joined", membership.path("joined").asText())
                .append("left", membership.hasNonNull("left") ? membership.path("left").asText() : null);
    }

    /** Whether an alliance with this code is known and not deleted. */
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Of these countries, those that were not members of the alliance on the day. */
    public List<String> nonMembers(String code, LocalDate day, List<String> countries) {
        Optional<Document> alliance = find(code);
        if (alliance.isEmpty()) {
            return List.of();
        }
        Document memberships = alliance.get().get("memberships", new Document());
        String when = day.toString();
        List<String> members = new ArrayList<>();
        for (Object value : memberships.values()) {
            Document period = (Document) value;
            String left = period.getString("left");
            if (period.getString("joined").compareTo(when) <= 0 && (left == null || when.compareTo(left) < 0)) {
                members.add(period.getString("country"));
            }
        }
        return countries.stream().filter(country -> !members.contains(country)).toList();
    }

    private Optional<Document> find(String code) {
        return Optional.ofNullable(alliances.find(Filters.and(Filters.eq("code", code), Filters.ne("deleted", true))).first());
    }
}
