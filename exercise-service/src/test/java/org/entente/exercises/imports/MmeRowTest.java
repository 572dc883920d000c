package org.entente.exercises.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.exercises.exercise.ExerciseType;
import org.entente.exercises.exercise.ImportedExercise;
import org.entente.exercises.participant.Participant;
import org.entente.exercises.participant.ParticipantRole;
import org.entente.exercises.participant.UnmatchedParticipant;
import org.entente.platform.countries.Region;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;
import org.junit.jupiter.api.Test;

/** How one row of the MME wide file becomes an exercise (docs/domain.md, "MME import"). */
class MmeRowTest {

    private static ImportedExercise read(MmeFile.Row row) {
        return MmeRow.read(new SourceRow(2, row.values()), "mmeT1");
    }

    private static String rejection(MmeFile.Row row) {
        return assertThrows(RowRejected.class, () -> read(row)).getMessage();
    }

    @Test
    void aNamedExerciseKeepsWhatTheRowSaysAndItsProvenance() {
        ImportedExercise exercise = read(MmeFile.row("mmeT1").name("Tidal Gate 88 ").series("Tidal Gate")
                .location("off Portsmouth", 50.78, -1.09).start(1988, 3, 14).end(1988, 3, 25).types("Sea", "Amphibious", "Warfighting")
                .focus("convoy protection").participantInfo("about 40 ships").states("United Kingdom", "Netherlands"));

        assertEquals("Tidal Gate 88", exercise.name());
        assertEquals("Tidal Gate", exercise.series());
        assertEquals("off Portsmouth", exercise.location().text());
        assertEquals(50.78, exercise.location().latitude());
        assertEquals(Region.EURO_ATLANTIC, exercise.region());
        assertEquals("1988-03-14", exercise.start().toString());
        assertEquals("1988-03-25", exercise.end().toString());
        assertEquals(Set.of(ExerciseType.SEA, ExerciseType.AMPHIBIOUS, ExerciseType.WARFIGHTING), exercise.types());
        assertEquals(List.of("convoy protection"), exercise.objectives());
        assertEquals("about 40 ships", exercise.participantNotes());
        assertEquals(List.of(new Participant("GBR", ParticipantRole.PARTICIPANT, null, null, null),
                new Participant("NLD", ParticipantRole.PARTICIPANT, null, null, null)), exercise.participants());
        assertEquals("mme-7", exercise.provenance().dataSet());
        assertEquals("mmeT1", exercise.provenance().sourceId());
        assertTrue(exercise.provenance().citation().contains("doi:10.7910/DVN/KHFODX"), exercise.provenance().citation());
    }

    @Test
    void whatTheDataSetDoesNotKnowIsLeftOutNotInvented() {
        ImportedExercise exercise = read(MmeFile.row("mmeT1").start(1995, 7, null).end(1995, 8, null).states("Poland", "Ukraine"));

        assertNull(exercise.name(), "-9: no name");
        assertNull(exercise.series());
        assertNull(exercise.location(), "-9 and no coordinates: no location");
        assertNull(exercise.region(), "no coordinates: no region");
        assertEquals(List.of(), exercise.objectives());
        assertEquals(Set.of(), exercise.types());
        assertEquals("1995-07", exercise.start().toString(), "xx: the month only");
        assertEquals("1995-08", exercise.end().toString());
    }

    @Test
    void everyTypeFlagHasItsExerciseType() {
        ImportedExercise exercise = read(MmeFile.row("mmeT1").types(MmeColumns.FLAGS.toArray(String[]::new)).states("Chile", "Peru"));

        assertEquals(Set.of(ExerciseType.COMMAND_POST, ExerciseType.AIR, ExerciseType.LAND, ExerciseType.SEA, ExerciseType.AMPHIBIOUS,
                ExerciseType.CYBER, ExerciseType.WARFIGHTING, ExerciseType.PEACEKEEPING, ExerciseType.HADR), exercise.types());
    }

    @Test
    void aStateTakesPartOnceUnderItsCodeOfTheDayAndNamesThatAreNoStateAreKeptWithTheReason() {
        ImportedExercise exercise = read(MmeFile.row("mmeT1").start(1985, 9, 2).end(1985, 9, 20)
                .states("Russia", "German Democratic Republic", "-9", "Federal Republic of Germany", "Russia", "Germany", "NATO", "-9"));

        assertEquals(List.of("SUHH", "DDDE", "DEU"), exercise.participants().stream().map(Participant::country).toList(),
                "Russia in 1985 is the Soviet Union; the Federal Republic and Germany are one state; repeats once");
        assertEquals(List.of("-9", "NATO"), exercise.unmatchedParticipants().stream().map(UnmatchedParticipant::name).toList());
        assertEquals("NATO is an organisation (the North Atlantic Treaty Organization), not a state",
                exercise.unmatchedParticipants().get(1).reason());
        assertTrue(exercise.unmatchedParticipants().get(0).reason().contains("missing value"),
                exercise.unmatchedParticipants().get(0).reason());
    }

    @Test
    void aStateThatCameIntoBeingDuringTheExerciseTakesPart() {
        ImportedExercise exercise = read(MmeFile.row("mmeT1").start(1992, 12, null).end(1993, 1, null).states("Czechia", "Slovakia"));

        assertEquals(List.of("CZE", "SVK"), exercise.participants().stream().map(Participant::country).toList());
    }

    @Test
    void theRegionComesFromTheCoordinates() {
        assertEquals(Region.INDO_PACIFIC, read(MmeFile.row("mmeT1").location("Hawaii", 20.8, -156.3)).region());
        assertEquals(Region.MIDDLE_EAST, read(MmeFile.row("mmeT1").location("Kuwait City", 29.37, 47.98)).region());
        assertEquals(Region.EURASIA, read(MmeFile.row("mmeT1").location("Almaty, Kazakhstan", 43.24, 76.89)).region());
    }

    @Test
    void aRowThatContradictsItselfIsRejectedWithTheReason() {
        String ends = rejection(MmeFile.row("mmeT1").start(1982, 11, 11).end(1982, 11, 10));
        assertTrue(ends.startsWith("dates contradict: ") && ends.contains("EndDate 11/10/82") && ends.contains("StartDate 11/11/82"), ends);

        assertEquals("not a day: s.day is 30, but 1984-02 has 29 days", rejection(MmeFile.row("mmeT1").start(1984, 2, 30)));
        assertEquals("not a month: e.month is 13", rejection(MmeFile.row("mmeT1").end(1995, 13, 1)));
        String year = rejection(MmeFile.row("mmeT1").set("s.year", "19x5"));
        assertTrue(year.contains("s.year") && year.contains("\"19x5\""), year);
        assertEquals("not a flag: Air is \"yes\", not 1 or 0", rejection(MmeFile.row("mmeT1").set("Air", "yes")));
        assertEquals("not a coordinate: lat is 95.1, outside -90 to 90", rejection(MmeFile.row("mmeT1").location("nowhere", 95.1, 10)));
        assertEquals("half a place: only one of lat and lon is given", rejection(MmeFile.row("mmeT1").set("lat", "10.5")));
        assertEquals("too long: Ex_Name is 201 characters long; an exercise keeps at most 200",
                rejection(MmeFile.row("mmeT1").name("x".repeat(201))));
    }
}
