package org.entente.platform.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table of dated codes by key, read once from one of this package's CSV resources with the columns
 * {@code key,code,from,to,note}: ISO days, both inclusive, empty for open; the note may be quoted and
 * is the rest of the line; {@code #} starts a comment line. A row without a code marks a key that
 * stands for no state; its note says why. The table is checked as it is read: the periods of a key do
 * not overlap, and every code is in {@link Countries}.
 */
final class DatedCodeTable {

    private final Map<String, List<DatedCode>> rowsByKey;
    private final Map<String, String> noStateReasons;

    private DatedCodeTable(Map<String, List<DatedCode>> rowsByKey, Map<String, String> noStateReasons) {
        this.rowsByKey = rowsByKey;
        this.noStateReasons = noStateReasons;
    }

    /** The rows of a key in date order; empty for an unknown key. */
    List<DatedCode> rows(String key) {
        return rowsByKey.getOrDefault(key, List.of());
    }

    Optional<String> noStateReason(String key) {
        return Optional.ofNullable(noStateReasons.get(key));
    }

    Map<String, List<DatedCode>> all() {
        return Collections.unmodifiableMap(rowsByKey);
    }

    Optional<String> codeOn(String key, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return rows(key).stream().filter(row -> row.covers(day)).map(DatedCode::code).findFirst();
    }

    /**
     * The parts of {@code from..to} (inclusive; {@code to} null for open) on which the key has a code,
     * in order, split only where the code changes. Days on which it has none are left out, so the
     * list is empty, or does not start at {@code from}, or has a gap, exactly where the key stood for
     * no state.
     */
    List<CodePeriod> periods(String key, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
        List<CodePeriod> periods = new ArrayList<>();
        for (DatedCode row : rows(key)) {
            LocalDate start = row.from() == null || row.from().isBefore(from) ? from : row.from();
            LocalDate end = row.to() == null ? to : to == null || row.to().isBefore(to) ? row.to() : to;
            if (end != null && end.isBefore(start)) {
                continue;
            }
            CodePeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.code().equals(row.code()) && last.to() != null
                    && last.to().plusDays(1).equals(start)) {
                periods.set(periods.size() - 1, new CodePeriod(row.code(), last.from(), end));
            } else {
                periods.add(new CodePeriod(row.code(), start, end));
            }
        }
        return List.copyOf(periods);
    }

    /** The periods of a key in words, for a reason why it stands for no state on some day. */
    String describe(String key) {
        List<String> parts = rows(key).stream().map(DatedCode::describe).toList();
        return String.join("; ", parts);
    }

    static DatedCodeTable read(String resource, UnaryOperator<String> keyOf) {
        Map<String, List<DatedCode>> rowsByKey = new LinkedHashMap<>();
        Map<String, String> noStateReasons = new LinkedHashMap<>();
        try (InputStream in = DatedCodeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String where = resource + ":" + lineNumber;
                String[] fields = line.split(",", 5);
                if (fields.length != 5) {
                    throw new IllegalStateException(where + ": expected 5 columns");
                }
                String key = keyOf.apply(fields[0]);
                String code = fields[1];
                String note = unquote(fields[4]);
                if (code.isEmpty()) {
                    if (!fields[2].isEmpty() || !fields[3].isEmpty() || note.isEmpty()) {
                        throw new IllegalStateException(where + ": a row without a code has no dates and a reason");
                    }
                    noStateReasons.put(key, note);
                    continue;
                }
                if (!Countries.isKnown(code)) {
                    throw new IllegalStateException(where + ": " + code + " is not in the country reference");
                }
                rowsByKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new DatedCode(code, day(fields[2], where), day(fields[3], where), note));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rowsByKey.replaceAll((key, rows) -> checked(key, rows, noStateReasons, resource));
        return new DatedCodeTable(rowsByKey, noStateReasons);
    }

    private static List<DatedCode> checked(String key, List<DatedCode> rows, Map<String, String> noStateReasons,
            String resource) {
        if (noStateReasons.containsKey(key)) {
            throw new IllegalStateException(resource + ": " + key + " is both a state and no state");
        }
        List<DatedCode> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(DatedCode::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        DatedCode previous = null;
        for (DatedCode row : sorted) {
            if (row.from() != null && row.to() != null && row.to().isBefore(row.from())) {
                throw new IllegalStateException(resource + ": " + key + " ends before it starts: " + row);
            }
            if (previous != null && (previous.to() == null || row.from() == null || !previous.to().isBefore(row.from()))) {
                throw new IllegalStateException(resource + ": periods of " + key + " overlap: " + previous + ", " + row);
            }
            previous = row;
        }
        return List.copyOf(sorted);
    }

    private static LocalDate day(String text, String where) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": not an ISO day: " + text, e);
        }
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
