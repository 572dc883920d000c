package org.entente.exercises.exercise;

import java.time.Instant;
import java.util.List;
import org.entente.exercises.participant.Participant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.Region;

/** An exercise as the API shows it and as events carry it. */
public record ExerciseView(
        String id, String name, String series, List<String> hosts, String leadNation, List<ExerciseType> types,
        Location location, Region region, PartialDate start, PartialDate end, List<String> objectives,
        String alliance,
        @Schema(description = "Hosts and participants (not observers) that were not members of `alliance` on the start day,"
                + " as far as the alliance events tell; absent without an alliance")
        List<String> allianceNonMembers,
        String agreement, String source, List<Participant> participants, ExerciseStatus status, String statusReason,
        List<String> allowedOperations, Instant createdAt, Instant updatedAt) {

    public static ExerciseView of(Exercise e, List<String> allianceNonMembers) {
        return new ExerciseView(e.id, e.name, e.series, List.copyOf(e.hosts), e.leadNation,
                e.types.stream().sorted().toList(), e.location, e.region, e.start, e.end, List.copyOf(e.objectives),
                e.alliance, allianceNonMembers, e.agreement, e.source, List.copyOf(e.participants), e.status, e.statusReason,
                e.status.allowedOperations(), e.createdAt, e.updatedAt);
    }
}
