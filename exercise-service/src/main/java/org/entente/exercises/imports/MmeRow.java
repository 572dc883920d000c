package org.entente.exercises.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.exercises.exercise.ExerciseType;
import org.entente.exercises.exercise.ImportedExercise;
import org.entente.exercises.exercise.Location;
import org.entente.exercises.exercise.PartialDate;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.ParticipantRole;
import org.entente.exercises.participant.UnmatchedParticipant;
import org.entente.platform.countries.CountryNames;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.Provenance;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * One row of the MME v7 wide file read into the exercise it describes (docs/domain.md, "MME import").
 * Nothing is invented: what the row does not say stays empty, {@code -9} (the data set's "not known")
 * is read as nothing, and a row that contradicts itself is rejected with the reason.
 */
final class MmeRow {

    private static final Map<String, ExerciseType> TYPES = Map.of("CPX", ExerciseType.COMMAND_POST, "Air", ExerciseType.AIR,
            "Land", ExerciseType.LAND, "Sea", ExerciseType.SEA, "Amphibious", ExerciseType.AMPHIBIOUS, "Cyber", ExerciseType.CYBER,
            "Warfighting", ExerciseType.WARFIGHTING, "Peacekeeping", ExerciseType.PEACEKEEPING, "Humanitarian", ExerciseType.HADR);

    private MmeRow() {
    }

    /**
     * @param sourceId the record's id: its MMEID, made unique where the file repeats one
     * @throws RowRejected with the reason, for a row that cannot be taken as it is
     */
    static ImportedExercise read(SourceRow row, String sourceId) {
        PartialDate start = date(row, "start", MmeColumns.START_YEAR, MmeColumns.START_MONTH, MmeColumns.START_DAY);
        PartialDate end = date(row, "end", MmeColumns.END_YEAR, MmeColumns.END_MONTH, MmeColumns.END_DAY);
        if (end.latest().isBefore(start.earliest())) {
            throw new RowRejected("dates contradict: it ends (EndDate " + row.text(MmeColumns.END_DATE).orElse(end.toString())
                    + ") before it starts (StartDate " + row.text(MmeColumns.START_DATE).orElse(start.toString())
                    + "), and which of the two is wrong is not known");
        }
        Location location = location(row);
        Region region = location == null || location.latitude() == null ? null
                : RegionByCoordinates.of(location.latitude(), location.longitude()).orElse(null);
        List<Participant> participants = new ArrayList<>();
        List<UnmatchedParticipant> unmatched = new ArrayList<>();
        participants(row, start, end, participants, unmatched);
        return new ImportedExercise(known(row, MmeColumns.NAME, 200).orElse(null), known(row, MmeColumns.SERIES, 100).orElse(null),
                types(row), location, region, start, end, known(row, MmeColumns.FOCUS, 500).map(List::of).orElse(List.of()),
                participants, unmatched, known(row, MmeColumns.PARTICIPANT_INFO, 2000).orElse(null),
                Provenance.of(ExerciseDataSets.MME, sourceId));
    }

    /** A text the data set knows: absent when blank or {@code -9}. */
    private static Optional<String> known(SourceRow row, String column, int maxLength) {
        Optional<String> text = row.text(column).filter(t -> !t.equals(MmeColumns.MISSING));
        if (text.isPresent() && text.get().length() > maxLength) {
            throw new RowRejected("too long: " + column + " is " + text.get().length() + " characters long; an exercise keeps at most "
                    + maxLength);
        }
        return text;
    }

    /** A day, or a month when the day column says {@code xx}. */
    private static PartialDate date(SourceRow row, String which, String yearColumn, String monthColumn, String dayColumn) {
        int year = row.number(yearColumn).orElseThrow(() -> new RowRejected("no " + which + ": " + yearColumn + " is empty"));
        int month = row.number(monthColumn).orElseThrow(() -> new RowRejected("no " + which + ": " + monthColumn + " is empty"));
        if (year < 1000 || year > 9999) {
            throw new RowRejected("not a year: " + yearColumn + " is " + year);
        }
        if (month < 1 || month > 12) {
            throw new RowRejected("not a month: " + monthColumn + " is " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (row.text(dayColumn).map(MmeColumns.UNKNOWN_DAY::equalsIgnoreCase).orElse(false)) {
            return new PartialDate(yearMonth, null);
        }
        int day = row.number(dayColumn).orElseThrow(() -> new RowRejected("no " + which + ": " + dayColumn
                + " is empty, neither a day nor xx"));
        if (!yearMonth.isValidDay(day)) {
            throw new RowRejected("not a day: " + dayColumn + " is " + day + ", but " + yearMonth + " has " + yearMonth.lengthOfMonth()
                    + " days");
        }
        return new PartialDate(yearMonth, day);
    }

    private static Set<ExerciseType> types(SourceRow row) {
        Set<ExerciseType> types = EnumSet.noneOf(ExerciseType.class);
        for (String flag : MmeColumns.FLAGS) {
            String value = row.text(flag).orElse("0");
            if (value.equals("1")) {
                types.add(TYPES.get(flag));
            } else if (!value.equals("0")) {
                throw new RowRejected("not a flag: " + flag + " is \"" + value + "\", not 1 or 0");
            }
        }
        return types;
    }

    private static Location location(SourceRow row) {
        Optional<String> text = known(row, MmeColumns.LOCATION, 300);
        Optional<Double> latitude = coordinate(row, MmeColumns.LATITUDE, 90);
        Optional<Double> longitude = coordinate(row, MmeColumns.LONGITUDE, 180);
        if (latitude.isPresent() != longitude.isPresent()) {
            throw new RowRejected("half a place: only one of lat and lon is given");
        }
        if (text.isEmpty() && latitude.isEmpty()) {
            return null;
        }
        return new Location(text.orElse(null), latitude.orElse(null), longitude.orElse(null));
    }

    private static Optional<Double> coordinate(SourceRow row, String column, double limit) {
        Optional<String> text = row.text(column).filter(t -> !t.equals(MmeColumns.MISSING));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw new RowRejected("not a number: " + column + " is \"" + text.get() + "\"");
        }
        if (Double.isNaN(value) || Math.abs(value) > limit) {
            throw new RowRejected("not a coordinate: " + column + " is " + text.get() + ", outside -" + (int) limit + " to " + (int) limit);
        }
        return Optional.of(value);
    }

    /**
     * The participant columns in order: each country name that names a state on the first or the last
     * day the exercise may have had becomes that state's participant, once; every other name is kept,
     * once, with the reason it names no state.
     */
    private static void participants(SourceRow row, PartialDate start, PartialDate end, List<Participant> participants,
                                     List<UnmatchedParticipant> unmatched) {
        Map<String, Participant> byCountry = new LinkedHashMap<>();
        Map<String, UnmatchedParticipant> unmatchedByName = new LinkedHashMap<>();
        LocalDate first = start.earliest();
        LocalDate last = end.latest();
        row.values().forEach((column, value) -> {
            if (!MmeColumns.PARTICIPANT.matcher(column).matches() || value == null || value.isBlank()) {
                return;
            }
            String name = value.strip();
            Optional<String> code = CountryNames.codeOn(name, first).or(() -> CountryNames.codeOn(name, last));
            if (code.isPresent()) {
                byCountry.putIfAbsent(code.get(), new Participant(code.get(), ParticipantRole.PARTICIPANT, null, null, null));
            } else {
                unmatchedByName.computeIfAbsent(name, n -> new UnmatchedParticipant(n, CountryNames.whyNot(n, first)
                        .orElse(n + " names no state on the exercise's dates")));
            }
        });
        participants.addAll(byCountry.values());
        unmatched.addAll(unmatchedByName.values());
    }
}
