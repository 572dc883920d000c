package org.entente.exercises.participant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.CountryCode;
import org.entente.platform.export.CsvColumns;

/** A country taking part in an exercise, with the forces it contributed where public sources say. */
@Schema(name = "Participant", example = """
        {"country": "AUS", "role": "PARTICIPANT", "personnel": 1600, "ships": 3, "aircraft": 10}""")
public record Participant(
        @NotNull @CountryCode @Schema(example = "AUS", description = "The country, ISO 3166-1 alpha-3") String country,
        @NotNull @Schema(example = "PARTICIPANT", description = "How it takes part") ParticipantRole role,
        @PositiveOrZero @Max(1_000_000) @Schema(example = "1600", description = "The personnel it sent, where public sources say") Integer personnel,
        @PositiveOrZero @Max(1_000) @Schema(example = "3", description = "The ships it sent, where public sources say") Integer ships,
        @PositiveOrZero @Max(10_000) @Schema(example = "10", description = "The aircraft it sent, where public sources say") Integer aircraft) {

    /** Its columns in an export. */
    public static final CsvColumns<Participant> CSV_COLUMNS = CsvColumns.of(Participant.class)
            .add("country", Participant::country).add("role", Participant::role).add("personnel", Participant::personnel)
            .add("ships", Participant::ships).add("aircraft", Participant::aircraft);

}
