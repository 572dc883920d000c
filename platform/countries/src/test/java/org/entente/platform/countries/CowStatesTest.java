package org.entente.platform.countries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CowStatesTest {

    /** Every state number in ATOP 5.1's member column and DCAD 1.0's ccode1/ccode2, but ATOP's stray 8152. */
    private static final int[] DATA_SET_NUMBERS = {
        2, 20, 31, 40, 41, 42, 51, 52, 53, 54, 55, 56, 57, 58, 60, 70, 80, 90, 91, 92, 93, 94, 95, 100, 101,
        110, 115, 130, 135, 140, 145, 150, 155, 160, 165, 200, 205, 210, 211, 212, 220, 221, 223, 225, 230,
        232, 235, 240, 245, 255, 260, 265, 267, 269, 271, 273, 275, 280, 290, 300, 305, 310, 315, 316, 317,
        325, 329, 331, 332, 335, 337, 338, 339, 341, 343, 344, 345, 346, 349, 350, 352, 355, 359, 360, 365,
        366, 367, 368, 369, 370, 371, 372, 373, 375, 380, 385, 390, 395, 402, 403, 404, 411, 420, 432, 433,
        434, 435, 436, 437, 438, 439, 450, 451, 452, 461, 471, 475, 481, 482, 483, 484, 490, 500, 501, 510,
        516, 517, 520, 522, 530, 531, 540, 541, 551, 552, 553, 560, 565, 570, 571, 572, 580, 581, 590, 591,
        600, 615, 616, 620, 625, 626, 630, 640, 645, 651, 652, 660, 663, 666, 670, 678, 679, 680, 690, 692,
        694, 696, 698, 700, 701, 702, 703, 704, 705, 710, 712, 713, 730, 731, 732, 740, 750, 770, 771, 775,
        780, 781, 790, 800, 811, 812, 816, 817, 820, 830, 835, 840, 850, 860, 900, 910, 920, 946, 947, 950,
        955, 990};

    private static final LocalDate ATOP_START = LocalDate.of(1815, 1, 1);
    private static final LocalDate ATOP_END = LocalDate.of(2018, 12, 31);

    private static Optional<String> on(int cow, String day) {
        return CowStates.codeOn(cow, LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource({
        "365, 1815-06-09, RUS", "365, 1922-12-29, RUS", "365, 1922-12-30, SUHH", "365, 1991-12-24, SUHH",
        "365, 1991-12-25, RUS", "365, 2018-01-01, RUS",
        "345, 1912-10-01, SRB", "345, 1918-11-30, SRB", "345, 1918-12-01, YUCS", "345, 1992-04-26, YUCS",
        "345, 1992-04-27, CSXX", "345, 2003-02-04, CSXX", "345, 2006-06-04, CSXX", "345, 2006-06-05, SRB",
        "255, 1815-06-08, DEU", "255, 1990-10-03, DEU", "260, 1954-10-23, DEU", "260, 1990-10-02, DEU",
        "265, 1955-05-14, DDDE", "265, 1990-10-02, DDDE",
        "315, 1918-10-28, CSHH", "315, 1992-12-31, CSHH", "316, 1993-01-01, CZE", "317, 1993-01-01, SVK",
        "816, 1962-07-23, VDVN", "816, 1976-07-01, VDVN", "816, 1976-07-02, VNM", "817, 1962-07-23, VNM",
        "817, 1975-04-30, VNM",
        "678, 1934-05-20, YEM", "678, 1990-05-21, YEM", "680, 1967-12-12, YDYE", "680, 1990-05-21, YDYE",
        "679, 1990-05-22, YEM",
        "490, 1968-04-02, COD", "490, 1971-10-26, COD", "490, 1971-10-27, ZRCD", "490, 1997-05-16, ZRCD",
        "490, 1997-05-17, COD",
        "434, 1961-09-09, DYBJ", "434, 1975-11-29, DYBJ", "434, 1975-11-30, BEN",
        "439, 1961-09-09, HVBF", "439, 1984-08-03, HVBF", "439, 1984-08-04, BFA",
        "775, 1960-01-28, BUMM", "775, 1989-06-17, BUMM", "775, 1989-06-18, MMR",
        "552, 1980-04-17, RHZW", "552, 1981-01-10, ZWE",
        "300, 1815-01-03, XAH", "300, 1918-11-11, XAH", "305, 1918-11-12, AUT", "245, 1871-01-17, XBV",
        "730, 1894-08-26, XKO", "347, 2008-02-17, XKX", "511, 1964-01-01, XZN"})
    void theCodeDependsOnTheDay(int cow, String day, String code) {
        assertEquals(Optional.of(code), on(cow, day));
    }

    @ParameterizedTest(name = "{0} on {1} is no state")
    @CsvSource({
        "265, 1949-10-06", "265, 1990-10-03", "260, 1949-05-22", "315, 1993-01-01", "315, 1918-10-27",
        "316, 1992-12-31", "317, 1992-12-31", "678, 1990-05-22", "680, 1990-05-22", "679, 1990-05-21",
        "817, 1975-05-01", "300, 1918-11-12", "245, 1871-01-18", "240, 1866-09-20", "730, 1910-08-29",
        "341, 1950-01-01", "511, 1964-04-26"})
    void aNumberStandsForNoStateOutsideItsState(int cow, String day) {
        assertEquals(Optional.empty(), on(cow, day));
        assertTrue(CowStates.whyNot(cow, LocalDate.parse(day)).orElseThrow().contains("stands for no state on " + day));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -9, 1, 8152, 815, 999, 100000})
    void unknownNumbersHaveNoCode(int cow) {
        assertEquals(Optional.empty(), on(cow, "2000-01-01"));
        assertEquals(List.of(), CowStates.periods(cow, ATOP_START, null));
        assertEquals("COW number " + cow + " is not a state number of the Correlates of War list",
                CowStates.whyNot(cow, LocalDate.of(2000, 1, 1)).orElseThrow());
    }

    @Test
    void theNumberCountsNeverCowsLetters() {
        assertEquals(Optional.of("AUS"), on(900, "2000-01-01"), "COW 900 (AUL) is Australia");
        assertEquals(Optional.of("AUT"), on(305, "2000-01-01"), "COW 305 (AUS) is Austria");
        assertEquals(Optional.of("CSHH"), on(315, "1980-01-01"), "COW 315 (CZE) is Czechoslovakia");
        assertEquals(Optional.of("CZE"), on(316, "2000-01-01"), "COW 316 (CZR) is the Czech Republic");
        assertEquals(Optional.of("SVK"), on(317, "2000-01-01"), "COW 317 (SLO) is Slovakia");
        assertEquals(Optional.of("SVN"), on(349, "2000-01-01"), "COW 349 (SLV) is Slovenia");
        assertEquals(Optional.of("SLV"), on(92, "2000-01-01"), "COW 92 (SAL) is El Salvador");
        assertEquals(Optional.of("MNE"), on(341, "2010-01-01"), "COW 341 (MNG) is Montenegro");
        assertEquals(Optional.of("MNG"), on(712, "2010-01-01"), "COW 712 (MON) is Mongolia");
        assertEquals(Optional.of("LBY"), on(620, "2000-01-01"), "COW 620 (LIB) is Libya");
        assertEquals(Optional.of("LBR"), on(450, "2000-01-01"), "COW 450 (LBR) is Liberia");
        assertEquals(Optional.of("NER"), on(436, "2000-01-01"), "COW 436 (NIR) is Niger");
        assertEquals(Optional.of("NGA"), on(475, "2000-01-01"), "COW 475 (NIG) is Nigeria");
    }

    @Test
    void aPeriodCrossingAChangeIsSplitOnTheDayOfTheChange() {
        assertEquals(List.of(
                        new CodePeriod("RUS", LocalDate.of(1891, 8, 27), LocalDate.of(1922, 12, 29)),
                        new CodePeriod("SUHH", LocalDate.of(1922, 12, 30), LocalDate.of(1991, 12, 24)),
                        new CodePeriod("RUS", LocalDate.of(1991, 12, 25), null)),
                CowStates.periods(365, LocalDate.of(1891, 8, 27), null));
        assertEquals(List.of(
                        new CodePeriod("YUCS", LocalDate.of(1975, 8, 1), LocalDate.of(1992, 4, 26)),
                        new CodePeriod("CSXX", LocalDate.of(1992, 4, 27), LocalDate.of(2006, 6, 4)),
                        new CodePeriod("SRB", LocalDate.of(2006, 6, 5), LocalDate.of(2018, 12, 31))),
                CowStates.periods(345, LocalDate.of(1975, 8, 1), LocalDate.of(2018, 12, 31)));
        assertEquals(List.of(
                        new CodePeriod("ZRCD", LocalDate.of(1979, 10, 12), LocalDate.of(1997, 5, 16)),
                        new CodePeriod("COD", LocalDate.of(1997, 5, 17), null)),
                CowStates.periods(490, LocalDate.of(1979, 10, 12), null));
    }

    @Test
    void aPeriodWithinOneCodeIsOnePeriod() {
        assertEquals(List.of(new CodePeriod("USA", LocalDate.of(1949, 8, 24), null)),
                CowStates.periods(2, LocalDate.of(1949, 8, 24), null));
        assertEquals(List.of(new CodePeriod("DEU", LocalDate.of(1954, 10, 23), LocalDate.of(2011, 6, 30))),
                CowStates.periods(260, LocalDate.of(1954, 10, 23), LocalDate.of(2011, 6, 30)));
        assertEquals(List.of(new CodePeriod("SUHH", LocalDate.of(1991, 12, 24), LocalDate.of(1991, 12, 24))),
                CowStates.periods(365, LocalDate.of(1991, 12, 24), LocalDate.of(1991, 12, 24)));
    }

    @Test
    void daysOnWhichTheNumberStandsForNoStateAreLeftOutOfThePeriods() {
        assertEquals(List.of(new CodePeriod("DDDE", LocalDate.of(1955, 5, 14), LocalDate.of(1990, 10, 2))),
                CowStates.periods(265, LocalDate.of(1955, 5, 14), LocalDate.of(1990, 10, 3)));
        assertEquals(List.of(new CodePeriod("CZE", LocalDate.of(1993, 1, 1), null)),
                CowStates.periods(316, LocalDate.of(1992, 4, 3), null));
        assertEquals(List.of(
                        new CodePeriod("MNE", LocalDate.of(1912, 9, 12), LocalDate.of(1918, 11, 25)),
                        new CodePeriod("MNE", LocalDate.of(2006, 6, 3), null)),
                CowStates.periods(341, LocalDate.of(1912, 9, 12), null));
        assertEquals(List.of(), CowStates.periods(265, LocalDate.of(1991, 1, 1), null));
    }

    @Test
    void aPeriodMustNotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> CowStates.periods(2, LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)));
    }

    @Test
    void everyNumberOfTheDataSetsIsMappedWithinTheirYears() {
        for (int cow : DATA_SET_NUMBERS) {
            List<CodePeriod> periods = CowStates.periods(cow, ATOP_START, ATOP_END);
            assertFalse(periods.isEmpty(), "COW " + cow + " is not mapped");
            assertEquals(Optional.of(periods.get(0).code()), CowStates.codeOn(cow, periods.get(0).from()));
        }
        assertTrue(IntStream.of(DATA_SET_NUMBERS).allMatch(CowStates.numbers()::contains));
    }

    @Test
    void everyCodeTheMappingGivesIsInTheCountryReference() {
        for (String code : CowStates.codes()) {
            assertTrue(Countries.isKnown(code), code);
        }
        assertTrue(CowStates.codes().containsAll(List.of("SUHH", "DDDE", "YUCS", "CSHH", "CSXX", "YDYE", "VDVN",
                "BUMM", "ZRCD", "DYBJ", "HVBF", "RHZW", "XAH", "XKX")));
    }

    @Test
    void theReasonNamesWhatTheNumberStandsFor() {
        assertEquals("COW number 265 stands for no state on 1991-01-01: it is DDDE (German Democratic Republic"
                        + " (East Germany)) from 1949-10-07 to 1990-10-02",
                CowStates.whyNot(265, LocalDate.of(1991, 1, 1)).orElseThrow());
        assertEquals(Optional.empty(), CowStates.whyNot(265, LocalDate.of(1990, 1, 1)));
    }
}
