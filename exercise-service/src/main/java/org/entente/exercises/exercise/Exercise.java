package org.entente.exercises.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.exercises.outbox.PendingEvent;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.UnmatchedParticipant;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.Provenance;

/** A multinational exercise as the service holds it: one document of the {@code exercises} collection. */
public class Exercise {

    public String id;
    /** Absent only on an exercise imported from a data set that names none. */
    public String name;
    public String series;
    public List<String> hosts = new ArrayList<>();
    public String leadNation;
    public Set<ExerciseType> types = EnumSet.noneOf(ExerciseType.class);
    public Location location;
    public Region region;
    public PartialDate start;
    public PartialDate end;
    public List<String> objectives = new ArrayList<>();
    public String alliance;
    public String agreement;
    public String source;
    public List<Participant> participants = new ArrayList<>();
    public List<UnmatchedParticipant> unmatchedParticipants = new ArrayList<>();
    public String participantNotes;
    /** Where an imported exercise comes from; null on those made here (curated). */
    public Provenance provenance;
    public ExerciseStatus status = ExerciseStatus.PLANNED;
    public String statusReason;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
    /** Events published on this exercise that its next write takes along ({@link ExerciseEvents}); not a field of the document. */
    final List<PendingEvent> unwritten = new ArrayList<>();

    public Optional<Participant> participant(String country) {
        return participants.stream().filter(p -> p.country().equals(country)).findFirst();
    }

    public boolean isImported() {
        return provenance != null;
    }

    ExerciseInput input() {
        return new ExerciseInput(name, series, List.copyOf(hosts), leadNation, Set.copyOf(types), location, region, start, end,
                List.copyOf(objectives), alliance, agreement, source, List.copyOf(participants));
    }

    void apply(ExerciseInput input) {
        name = input.name();
        series = input.series();
        hosts = new ArrayList<>(input.hosts());
        leadNation = input.leadNation();
        types = input.types() == null || input.types().isEmpty() ? EnumSet.noneOf(ExerciseType.class) : EnumSet.copyOf(input.types());
        location = input.location();
        region = input.region();
        start = input.start();
        end = input.end();
        objectives = input.objectives() == null ? new ArrayList<>() : new ArrayList<>(input.objectives());
        alliance = input.alliance();
        agreement = input.agreement();
        source = input.source();
        participants = input.participants() == null ? new ArrayList<>() : new ArrayList<>(input.participants());
    }

    ImportedExercise imported() {
        return new ImportedExercise(name, series, Set.copyOf(types), location, region, start, end, List.copyOf(objectives),
                List.copyOf(participants), List.copyOf(unmatchedParticipants), participantNotes, provenance);
    }

    void apply(ImportedExercise record) {
        name = record.name();
        series = record.series();
        types = record.types().isEmpty() ? EnumSet.noneOf(ExerciseType.class) : EnumSet.copyOf(record.types());
        location = record.location();
        region = record.region();
        start = record.start();
        end = record.end();
        objectives = new ArrayList<>(record.objectives());
        participants = new ArrayList<>(record.participants());
        unmatchedParticipants = new ArrayList<>(record.unmatchedParticipants());
        participantNotes = record.participantNotes();
        provenance = record.provenance();
    }
}
