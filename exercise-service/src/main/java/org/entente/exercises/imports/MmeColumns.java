package org.entente.exercises.imports;

import java.util.List;
import java.util.regex.Pattern;

/** The columns of the MME v7 wide file that the import reads (codebook: the data set's documentation). */
final class MmeColumns {

    static final String ID = "MMEID";
    static final String NAME = "Ex_Name";
    static final String SERIES = "Series_Name";
    static final String LOCATION = "Location";
    static final String LATITUDE = "lat";
    static final String LONGITUDE = "lon";
    static final String START_DATE = "StartDate";
    static final String START_YEAR = "s.year";
    static final String START_MONTH = "s.month";
    static final String START_DAY = "s.day";
    static final String END_DATE = "EndDate";
    static final String END_YEAR = "e.year";
    static final String END_MONTH = "e.month";
    static final String END_DAY = "e.day";
    static final String FOCUS = "FocusDescription";
    static final String PARTICIPANT_INFO = "AdditionalParticipantInfo";
    /** The type flags, each 1 or 0. */
    static final List<String> FLAGS = List.of("CPX", "Air", "Land", "Sea", "Amphibious", "Cyber", "Warfighting", "Peacekeeping",
            "Humanitarian");
    /** The participant columns: StateA to StateZ, then StateAA to StateAM, each a country name (or blank). */
    static final Pattern PARTICIPANT = Pattern.compile("State[A-Z]{1,2}");
    /** The data set's mark for a value it does not know. */
    static final String MISSING = "-9";
    /** The day columns' mark for a day not known (the month is). */
    static final String UNKNOWN_DAY = "xx";

    static final List<String> REQUIRED = List.of(ID, NAME, SERIES, LOCATION, LATITUDE, LONGITUDE, START_DATE, START_YEAR,
            START_MONTH, START_DAY, END_DATE, END_YEAR, END_MONTH, END_DAY, "CPX", "Air", "Land", "Sea", "Amphibious", "Cyber",
            "Warfighting", "Peacekeeping", "Humanitarian", FOCUS, PARTICIPANT_INFO, "StateA");

    private MmeColumns() {
    }
}
