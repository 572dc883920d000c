package org.entente.exercises.exercise;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A day ({@code 2024-06-27}) or, when public sources know only the month, a month ({@code 2024-06}).
 * Queries use the earliest and latest day it can mean.
 */
@JsonDeserialize(using = PartialDate.FromText.class)
@Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}(-\\d{2})?$", example = "2024-06-27",
        description = "YYYY-MM-DD, or YYYY-MM when only the month is known")
public record PartialDate(YearMonth month, Integer day) implements Comparable<PartialDate> {

    public static PartialDate parse(String text) {
        try {
            if (text.length() == 7) {
                return new PartialDate(YearMonth.parse(text), null);
            }
            LocalDate date = LocalDate.parse(text);
            return new PartialDate(YearMonth.from(date), date.getDayOfMonth());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date (YYYY-MM-DD) or a month (YYYY-MM)");
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(YearMonth.from(date), date.getDayOfMonth());
    }

    public boolean isExact() {
        return day != null;
    }

    public LocalDate earliest() {
        return day != null ? month.atDay(day) : month.atDay(1);
    }

    public LocalDate latest() {
        return day != null ? month.atDay(day) : month.atEndOfMonth();
    }

    @JsonValue
    @Override
    public String toString() {
        return day != null ? month.atDay(day).toString() : month.toString();
    }

    @Override
    public int compareTo(PartialDate other) {
        return earliest().compareTo(other.earliest());
    }

    /** Reads the text form; a bad one is Jackson's "invalid format", which the problem mappers name by field. */
    static final class FromText extends StdDeserializer<PartialDate> {

        FromText() {
            super(PartialDate.class);
        }

        @Override
        public PartialDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (PartialDate) context.handleUnexpectedToken(PartialDate.class, parser);
            }
            String text = parser.getText();
            try {
                return parse(text);
            } catch (IllegalArgumentException e) {
                throw context.weirdStringException(text, PartialDate.class, e.getMessage());
            }
        }
    }
}
