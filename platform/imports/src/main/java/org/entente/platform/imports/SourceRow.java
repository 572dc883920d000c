package org.entente.platform.imports;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of the file: its line and its values by column name. Blank values read as absent.
 *
 * @param line the line the row starts on (the header is line 1)
 */
public record SourceRow(long line, Map<String, String> values) {

    public Optional<String> text(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A whole number, absent when blank; a value that is not one is rejected with the column's name. */
    public Optional<Integer> number(String column) {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(text.get()));
        } catch (NumberFormatException e) {
            throw new RowRejected("not a whole number: " + column + " is \"" + text.get() + "\"");
        }
    }

    public RejectedRow rejected(String sourceId, String reason) {
        return new RejectedRow(line, sourceId, reason);
    }
}
