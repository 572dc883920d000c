package org.entente.exercises.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test files in the layout of the MME v7 wide file (its columns, in its order; rows written here, not
 * taken from the data set): {@code MmeFile.of(MmeFile.row("mmeT1").name("Blue Sky 95")...).csv()}.
 */
final class MmeFile {

    static final List<String> COLUMNS = columns();

    private final List<Row> rows;

    private MmeFile(List<Row> rows) {
        this.rows = rows;
    }

    static MmeFile of(Row... rows) {
        return new MmeFile(List.of(rows));
    }

    static MmeFile of(List<Row> rows) {
        return new MmeFile(List.copyOf(rows));
    }

    static Row row(String mmeId) {
        return new Row(mmeId);
    }

    String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        rows.forEach(row -> csv.append(row.line()).append("\r\n"));
        return csv.toString();
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("MMEID", "Ex_Name", "Series_Name", "Location", "lat", "lon", "StartDate",
                "s.year", "s.month", "s.day", "EndDate", "e.year", "e.month", "e.day"));
        columns.addAll(MmeColumns.FLAGS);
        columns.addAll(List.of("FocusDescription", "AdditionalParticipantInfo"));
        for (char c = 'A'; c <= 'Z'; c++) {
            columns.add("State" + c);
        }
        for (char c = 'A'; c <= 'M'; c++) {
            columns.add("StateA" + c);
        }
        return List.copyOf(columns);
    }

    /** One exercise row; anything not set is as the data set writes "not known" ({@code -9}) or blank. */
    static final class Row {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Row(String mmeId) {
            values.put("MMEID", mmeId);
            values.put("Ex_Name", "-9");
            values.put("Location", "-9");
            MmeColumns.FLAGS.forEach(flag -> values.put(flag, "0"));
            values.put("FocusDescription", "-9");
            start(1995, 7, null);
            end(1995, 7, null);
        }

        Row name(String name) {
            return set("Ex_Name", name);
        }

        Row series(String series) {
            return set("Series_Name", series);
        }

        Row location(String text, double lat, double lon) {
            return set("Location", text).set("lat", Double.toString(lat)).set("lon", Double.toString(lon));
        }

        /** A start day, or with {@code day} null only the month ({@code xx}, as the data set writes it). */
        Row start(int year, int month, Integer day) {
            return date("StartDate", "s.", year, month, day);
        }

        Row end(int year, int month, Integer day) {
            return date("EndDate", "e.", year, month, day);
        }

        Row types(String... flags) {
            Arrays.stream(flags).forEach(flag -> set(flag, "1"));
            return this;
        }

        Row focus(String text) {
            return set("FocusDescription", text);
        }

        Row participantInfo(String text) {
            return set("AdditionalParticipantInfo", text);
        }

        /** The participant columns from StateA on, as the data set writes them (names, blanks, {@code -9}). */
        Row states(String... names) {
            List<String> stateColumns = COLUMNS.stream().filter(c -> c.startsWith("State")).toList();
            for (int i = 0; i < names.length; i++) {
                set(stateColumns.get(i), names[i]);
            }
            return this;
        }

        Row set(String column, String value) {
            values.put(column, value);
            return this;
        }

        private Row date(String text, String prefix, int year, int month, Integer day) {
            set(text, day == null ? "%d-%02d-xx".formatted(year, month) : "%d/%d/%02d".formatted(month, day, year % 100));
            return set(prefix + "year", Integer.toString(year)).set(prefix + "month", Integer.toString(month))
                    .set(prefix + "day", day == null ? "xx" : day.toString());
        }

        /** The row as the import reads it: every column, in the file's order. */
        Map<String, String> values() {
            Map<String, String> all = new LinkedHashMap<>();
            COLUMNS.forEach(c -> all.put(c, values.getOrDefault(c, "")));
            return all;
        }

        private String line() {
            return COLUMNS.stream().map(c -> quoted(values.getOrDefault(c, ""))).collect(Collectors.joining(","));
        }

        private static String quoted(String value) {
            return value.contains(",") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }
}
