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
public record ExerciseView(
        String id,
        @Schema(description = "Unique among the exercises made here; an imported exercise may share its name with others,"
                + " or have none (null) when its data set names none") String name,
        @Schema(description = "For display, derived, never a name: the name, or for an exercise without one \"Unnamed"
                + " exercise\" with its start, location and source id", example = "Unnamed exercise, 1995-07, Baltic Sea (mme-7 mme0000)")
        String label,
        String series,
        @Schema(description = "1 to 10 countries, each a participant; an imported exercise may have none (its data set names"
                + " no host)") List<String> hosts,
        String leadNation, List<ExerciseType> types, Location location,
        @Schema(description = "Where it took place; for an imported exercise derived from its coordinates, absent without them")
        Region region,
        PartialDate start, PartialDate end, List<String> objectives,
        String alliance,
        @Schema(description = "Hosts and participants (not observers) that were not members of `alliance` on the start day,"
                + " as far as the alliance events tell; absent without an alliance")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allianceNonMembers,
        String agreement, String source, List<Participant> participants,
        @Schema(description = "Imported exercises: the names in the data set's participant columns that are no state (an"
                + " organisation, a territory, the data set's mark for an unidentified participant), each with the reason;"
                + " they are not participants") List<UnmatchedParticipant> unmatchedParticipants,
        @Schema(description = "Imported exercises: what the data set says about the participants in words") String participantNotes,
        Provenance provenance,
        ExerciseStatus status, String statusReason,
        List<String> allowedOperations, Instant createdAt, Instant updatedAt) {

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
