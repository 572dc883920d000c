package org.entente.exercises.exercise;

import java.time.Instant;
import java.util.List;
import org.entente.exercises.participant.Participant;
import org.entente.platform.countries.Region;

/** An exercise as the API shows it and as events carry it. */
public record ExerciseView(
        String id, String name, String series, List<String> hosts, String leadNation, List<ExerciseType> types,
        Location location, Region region, PartialDate start, PartialDate end, List<String> objectives,
        String alliance, String agreement, String source, List<Participant> participants, ExerciseStatus status, String statusReason,
        List<String> allowedOperations, Instant createdAt, Instant updatedAt) {

    public static ExerciseView of(Exercise e) {
        return new ExerciseView(e.id, e.name, e.series, List.copyOf(e.hosts), e.leadNation,
                e.types.stream().sorted().toList(), e.location, e.region, e.start, e.end, List.copyOf(e.objectives),
                e.alliance, e.agreement, e.source, List.copyOf(e.participants), e.status, e.statusReason,
                e.status.allowedOperations(), e.createdAt, e.updatedAt);
    }
}
