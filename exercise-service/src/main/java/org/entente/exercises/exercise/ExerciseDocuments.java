package org.entente.exercises.exercise;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.bson.Document;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.ParticipantRole;
import org.entente.exercises.participant.UnmatchedParticipant;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.Provenance;

/**
 * An exercise as a BSON document, field by field, so the stored shape is explicit (and the same on
 * a real MongoDB and on the MongoDB-protocol server). Besides the exercise's own fields it stores
 * {@code startEarliest} and {@code endLatest} (ISO days) for date-range queries, {@code sortName} (the
 * name, empty for an exercise without one) to sort by, and {@code uniqueName} (the name, only on the
 * exercises made here, whose names are unique) for the unique index. {@code provenance} is absent on
 * those, never null, so that the sparse unique index on it and {@code source=curated} see no value.
 */
final class ExerciseDocuments {

    private ExerciseDocuments() {
    }

    /** The fields a write sets, all but {@code _id}, {@code version} and the pending events. */
    static Document fields(Exercise e) {
        Document d = new Document();
        d.put("name", e.name);
        d.put("sortName", e.name == null ? "" : e.name);
        if (!e.isImported()) {
            d.put("uniqueName", e.name);
        }
        d.put("series", e.series);
        d.put("hosts", e.hosts);
        d.put("leadNation", e.leadNation);
        d.put("types", e.types.stream().map(Enum::name).sorted().toList());
        d.put("location", e.location == null ? null : new Document("text", e.location.text())
                .append("latitude", e.location.latitude()).append("longitude", e.location.longitude()));
        d.put("region", e.region == null ? null : e.region.name());
        d.put("start", e.start.toString());
        d.put("end", e.end.toString());
        d.put("startEarliest", e.start.earliest().toString());
        d.put("endLatest", e.end.latest().toString());
        d.put("objectives", e.objectives);
        d.put("alliance", e.alliance);
        d.put("agreement", e.agreement);
        d.put("source", e.source);
        d.put("participants", e.participants.stream().map(ExerciseDocuments::participant).toList());
        d.put("unmatchedParticipants", e.unmatchedParticipants.stream()
                .map(u -> new Document("name", u.name()).append("reason", u.reason())).toList());
        d.put("participantNotes", e.participantNotes);
        if (e.provenance != null) {
            d.put("provenance", new Document("dataSet", e.provenance.dataSet()).append("title", e.provenance.title())
                    .append("sourceId", e.provenance.sourceId()).append("citation", e.provenance.citation()));
        }
        d.put("status", e.status.name());
        d.put("statusReason", e.statusReason);
        d.put("createdAt", Date.from(e.createdAt));
        d.put("updatedAt", Date.from(e.updatedAt));
        return d;
    }

    static Exercise exercise(Document d) {
        Exercise e = new Exercise();
        e.id = d.getString("_id");
        e.name = d.getString("name");
        e.series = d.getString("series");
        e.hosts = new ArrayList<>(d.getList("hosts", String.class, List.of()));
        e.leadNation = d.getString("leadNation");
        e.types = EnumSet.noneOf(ExerciseType.class);
        d.getList("types", String.class, List.of()).forEach(t -> e.types.add(ExerciseType.valueOf(t)));
        Document location = d.get("location", Document.class);
        e.location = location == null ? null : new Location(location.getString("text"), location.getDouble("latitude"),
                location.getDouble("longitude"));
        e.region = d.getString("region") == null ? null : Region.valueOf(d.getString("region"));
        e.start = PartialDate.parse(d.getString("start"));
        e.end = PartialDate.parse(d.getString("end"));
        e.objectives = new ArrayList<>(d.getList("objectives", String.class, List.of()));
        e.alliance = d.getString("alliance");
        e.agreement = d.getString("agreement");
        e.source = d.getString("source");
        e.participants = new ArrayList<>(d.getList("participants", Document.class, List.of()).stream()
                .map(ExerciseDocuments::participant).toList());
        e.unmatchedParticipants = new ArrayList<>(d.getList("unmatchedParticipants", Document.class, List.of()).stream()
                .map(u -> new UnmatchedParticipant(u.getString("name"), u.getString("reason"))).toList());
        e.participantNotes = d.getString("participantNotes");
        Document provenance = d.get("provenance", Document.class);
        e.provenance = provenance == null ? null : new Provenance(provenance.getString("dataSet"), provenance.getString("title"),
                provenance.getString("sourceId"), provenance.getString("citation"));
        e.status = ExerciseStatus.valueOf(d.getString("status"));
        e.statusReason = d.getString("statusReason");
        e.version = ((Number) d.get("version")).longValue();
        e.createdAt = d.getDate("createdAt").toInstant();
        e.updatedAt = d.getDate("updatedAt").toInstant();
        return e;
    }

    private static Document participant(Participant p) {
        return new Document("country", p.country()).append("role", p.role().name()).append("personnel", p.personnel())
                .append("ships", p.ships()).append("aircraft", p.aircraft());
    }

    private static Participant participant(Document d) {
        return new Participant(d.getString("country"), ParticipantRole.valueOf(d.getString("role")),
                d.getInteger("personnel"), d.getInteger("ships"), d.getInteger("aircraft"));
    }
}
