package org.entente.exercises.alliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        return applyAll(List.of(event)) == 1;
    }

    /**
     * Applies a batch of events of {@code alliances.events}, each alliance's in their order, in one write
     * of one update per alliance (an import publishes an alliance and its members together: one write
     * where there were a dozen). Events applied before (same {@code ce_id}) are skipped.
     *
     * @return how many events were applied
     */
    public int applyAll(List<DomainEvent> events) {
        Map<String, List<DomainEvent>> bySubject = new LinkedHashMap<>();
        events.forEach(event -> bySubject.computeIfAbsent(event.subject(), subject -> new ArrayList<>()).add(event));
        List<WriteModel<Document>> writes = new ArrayList<>();
        int applied = 0;
        for (Map.Entry<String, List<DomainEvent>> subject : bySubject.entrySet()) {
            // by _id alone: the one query the MongoDB-protocol store answers from an index
            Document known = alliances.find(new Document("_id", subject.getKey())).projection(Projections.include(APPLIED)).first();
            Set<String> seen = new HashSet<>(known == null ? List.of() : known.getList(APPLIED, String.class, List.of()));
            AllianceUpdate update = new AllianceUpdate();
            for (DomainEvent event : subject.getValue()) {
                if (seen.add(event.id().toString())) {
                    update.add(event, data(event));
                }
            }
            if (!update.isEmpty()) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", subject.getKey()), update.toBson(), new UpdateOptions().upsert(true)));
                applied += update.size();
            }
        }
        if (!writes.isEmpty()) {
            alliances.bulkWrite(writes);
        }
        return applied;
    }

    private JsonNode data(DomainEvent event) {
        try {
            return json.readTree(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable data in event " + event.id(), e);
        }
    }

    /**
     * What a run of events does to one alliance's document, folded into one update: the last event's
     * code, name and status; the membership periods they set, on top of the last full list one carried.
     */
    private static final class AllianceUpdate {
        private JsonNode alliance;
        private boolean deleted;
        private Document allPeriods; // from the last event carrying every membership, with those set after it
        private final Map<String, Document> periods = new LinkedHashMap<>();
        private final List<String> eventIds = new ArrayList<>();

        void add(DomainEvent event, JsonNode data) {
            alliance = data.path("alliance");
            deleted = event.type().equals(PREFIX + "deleted.v1");
            JsonNode membership = data.path("membership");
            JsonNode all = data.path("memberships");
            if (all.isArray()) {
                // every period as it is now (an imported alliance corrected by a new version of its file): replaces those known
                allPeriods = new Document();
                periods.clear();
                all.forEach(period -> allPeriods.append(period.path("id").asText(), period(period)));
            } else if (membership.hasNonNull("id")) {
                String id = membership.path("id").asText();
                if (allPeriods != null) {
                    allPeriods.put(id, period(membership));
                } else {
                    periods.put(id, period(membership));
                }
            }
            eventIds.add(event.id().toString());
        }

        boolean isEmpty() {
            return eventIds.isEmpty();
        }

        int size() {
            return eventIds.size();
        }

        Bson toBson() {
            List<Bson> updates = new ArrayList<>(List.of(
                    Updates.set("code", alliance.path("code").asText()),
                    Updates.set("name", alliance.path("name").asText()),
                    Updates.set("status", alliance.path("status").asText()),
                    Updates.set("deleted", deleted)));
            if (allPeriods != null) {
                updates.add(Updates.set("memberships", allPeriods));
            }
            periods.forEach((id, period) -> updates.add(Updates.set("memberships." + id, period)));
            updates.add(Updates.pushEach(APPLIED, eventIds, new PushOptions().slice(-APPLIED_KEPT)));
            return Updates.combine(updates);
        }
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
