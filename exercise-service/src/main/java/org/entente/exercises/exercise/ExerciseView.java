package org.entente.exercises.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.UnmatchedParticipant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.Region;
import org.entente.platform.export.CsvColumns;
import org.entente.platform.imports.Provenance;

/** An exercise as the API shows it and as events carry it. */
@Schema(example = """
        {"id": "7f3c9e21-4b8a-4d6f-a0c5-2e1b9d8f6a47", "name": "RIMPAC 2024", "label": "RIMPAC 2024", "series": "RIMPAC",
         "hosts": ["USA"], "leadNation": "USA", "types": ["AIR", "AMPHIBIOUS", "SEA"],
         "location": {"text": "Hawaiian Islands and Southern California", "latitude": 21.35, "longitude": -157.95},
         "region": "INDO_PACIFIC", "start": "2024-06-27", "end": "2024-08-01",
         "objectives": ["Interoperability of the participating navies", "Maritime security operations"], "alliance": null,
         "agreement": null, "source": "U.S. Third Fleet, RIMPAC 2024 release",
         "participants": [{"country": "USA", "role": "HOST"},
                           {"country": "AUS", "role": "PARTICIPANT", "personnel": 1600, "ships": 3, "aircraft": 10}],
         "unmatchedParticipants": [], "participantNotes": null, "provenance": null, "status": "COMPLETED", "statusReason": null,
         "allowedOperations": [], "createdAt": "2026-11-02T09:14:19Z", "updatedAt": "2026-11-02T09:14:19Z"}""")
public record ExerciseView(
        @Schema(description = "Its id") String id,
        @Schema(description = "Unique among the exercises made here; an imported exercise may share its name with others,"
                + " or have none (null) when its data set names none") String name,
        @Schema(description = "For display, derived, never a name: the name, or for an exercise without one \"Unnamed"
                + " exercise\" with its start, location and source id", example = "Unnamed exercise, 1995-07, Baltic Sea (mme-7 mme0000)")
        String label,
        @Schema(description = "The recurring exercise it is an edition of") String series,
        @Schema(description = "1 to 10 countries, each a participant; an imported exercise may have none (its data set names"
                + " no host)") List<String> hosts,
        @Schema(description = "The country that leads it, ISO 3166-1 alpha-3") String leadNation,
        @Schema(description = "What kind of training it is") List<ExerciseType> types,
        @Schema(description = "Where it takes place") Location location,
        @Schema(description = "Where it took place; for an imported exercise derived from its coordinates, absent without them")
        Region region,
        @Schema(description = "Its first day, or month") PartialDate start,
        @Schema(description = "Its last day, or month") PartialDate end,
        @Schema(description = "What it trains for") List<String> objectives,
        @Schema(description = "The code of the alliance it is held under") String alliance,
        @Schema(description = "Hosts and participants (not observers) that were not members of `alliance` on the start day,"
                + " as far as the alliance events tell; absent without an alliance")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allianceNonMembers,
        @Schema(description = "The bilateral agreement it is held under (agreement-service id)") String agreement,
        @Schema(description = "Where the facts come from") String source,
        @Schema(description = "Who takes part, in what role, with what forces") List<Participant> participants,
        @Schema(description = "Imported exercises: the names in the data set's participant columns that are no state (an"
                + " organisation, a territory, the data set's mark for an unidentified participant), each with the reason;"
                + " they are not participants") List<UnmatchedParticipant> unmatchedParticipants,
        @Schema(description = "Imported exercises: what the data set says about the participants in words") String participantNotes,
        @Schema(description = "The research data set record it was imported from; null for a curated exercise")
        Provenance provenance,
        @Schema(description = "Where it is in its lifecycle") ExerciseStatus status,
        @Schema(description = "Why it was cancelled; null otherwise") String statusReason,
        @Schema(description = "The lifecycle operations allowed in its status") List<String> allowedOperations,
        @Schema(description = "When it was created here (UTC)") Instant createdAt,
        @Schema(description = "When it last changed (UTC)") Instant updatedAt) {

    /**
     * Its columns in an export: one row per exercise, its participants as their country codes (their
     * roles and forces: the participants export of each exercise, or NDJSON).
     */
    public static final CsvColumns<ExerciseView> CSV_COLUMNS = CsvColumns.of(ExerciseView.class)
            .add("id", ExerciseView::id).add("name", ExerciseView::name).add("label", ExerciseView::label)
            .add("series", ExerciseView::series).joined("hosts", ExerciseView::hosts).add("leadNation", ExerciseView::leadNation)
            .joined("types", ExerciseView::types)
            .nested("location", ExerciseView::location, CsvColumns.of(Location.class)
                    .add("text", Location::text).add("latitude", Location::latitude).add("longitude", Location::longitude))
            .add("region", ExerciseView::region).add("start", ExerciseView::start).add("end", ExerciseView::end)
            .joined("objectives", ExerciseView::objectives).add("alliance", ExerciseView::alliance)
            .joined("allianceNonMembers", ExerciseView::allianceNonMembers).add("agreement", ExerciseView::agreement)
            .add("source", ExerciseView::source)
            .joined("participants", e -> e.participants().stream().map(Participant::country).toList())
            .joined("unmatchedParticipants", e -> e.unmatchedParticipants().stream().map(UnmatchedParticipant::name).toList())
            .add("participantNotes", ExerciseView::participantNotes)
            .nested("provenance", ExerciseView::provenance, Provenance.CSV_COLUMNS)
            .add("status", ExerciseView::status).add("statusReason", ExerciseView::statusReason)
            .joined("allowedOperations", ExerciseView::allowedOperations)
            .add("createdAt", ExerciseView::createdAt).add("updatedAt", ExerciseView::updatedAt);

    public static ExerciseView of(Exercise e, List<String> allianceNonMembers) {
        return new ExerciseView(e.id, e.name, label(e), e.series, List.copyOf(e.hosts), e.leadNation,
                e.types.stream().sorted().toList(), e.location, e.region, e.start, e.end, List.copyOf(e.objectives),
                e.alliance, allianceNonMembers, e.agreement, e.source, List.copyOf(e.participants),
                List.copyOf(e.unmatchedParticipants), e.participantNotes, e.provenance, e.status, e.statusReason,
                e.status.allowedOperations(), e.createdAt, e.updatedAt);
    }

    private static String label(Exercise e) {
        if (e.name != null) {
            return e.name;
        }
        StringBuilder label = new StringBuilder("Unnamed exercise, ").append(e.start);
        if (e.location != null && e.location.text() != null) {
            label.append(", ").append(e.location.text());
        }
        if (e.provenance != null) {
            label.append(" (").append(e.provenance.dataSet()).append(' ').append(e.provenance.sourceId()).append(')');
        }
        return label.toString();
    }
}
