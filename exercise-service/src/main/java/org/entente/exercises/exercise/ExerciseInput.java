package org.entente.exercises.exercise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.exercises.participant.Participant;
import org.entente.platform.countries.CountryCode;
import org.entente.platform.countries.Region;

/**
 * What a client sets on an exercise: the body of a create (with its first participants), and the
 * target of a merge patch (participants then change through their own operations).
 */
@Schema(name = "ExerciseInput", example = """
        {"name": "RIMPAC 2024", "series": "RIMPAC", "hosts": ["USA"], "leadNation": "USA", "types": ["SEA", "AIR", "AMPHIBIOUS"],
         "location": {"text": "Hawaiian Islands and Southern California", "latitude": 21.35, "longitude": -157.95},
         "region": "INDO_PACIFIC", "start": "2024-06-27", "end": "2024-08-01",
         "objectives": ["Interoperability of the participating navies", "Maritime security operations"],
         "source": "U.S. Third Fleet, RIMPAC 2024 release",
         "participants": [{"country": "USA", "role": "HOST"},
                           {"country": "AUS", "role": "PARTICIPANT", "personnel": 1600, "ships": 3, "aircraft": 10}]}""")
public record ExerciseInput(
        @Size(max = 200) @Schema(example = "RIMPAC 2024", description = "Required on the exercises made here (an imported one"
                + " may have none)") String name,
        @Size(max = 100) @Schema(example = "RIMPAC", description = "The recurring exercise it is an edition of") String series,
        @NotNull @Size(max = 10) @Schema(example = "[\"USA\"]", description = "1 to 10 countries, each a participant; required"
                + " on the exercises made here (an imported one may have none)") List<@NotNull @CountryCode String> hosts,
        @CountryCode @Schema(example = "USA", description = "The country that leads it, ISO 3166-1 alpha-3") String leadNation,
        @Schema(example = "[\"SEA\", \"AIR\", \"AMPHIBIOUS\"]", description = "What kind of training it is") Set<@NotNull ExerciseType> types,
        @Valid @Schema(description = "Where it takes place") Location location,
        @Schema(example = "INDO_PACIFIC", description = "Required on the exercises made here") Region region,
        @NotNull @Schema(example = "2024-06-27", description = "Its first day, or month") PartialDate start,
        @NotNull @Schema(example = "2024-08-01", description = "Its last day, or month") PartialDate end,
        @Size(max = 50) @Schema(description = "What it trains for") List<@NotBlank @Size(max = 500) String> objectives,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "an alliance code such as NATO")
        @Schema(example = "NATO", description = "The alliance the exercise is held under") String alliance,
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "an agreement id (UUID)")
        @Schema(description = "The bilateral agreement the exercise is held under (agreement-service id)") String agreement,
        @Size(max = 500) @Schema(description = "Where the facts come from", example = "U.S. Third Fleet, RIMPAC 2024 release") String source,
        @Size(max = 100) @Schema(description = "Create only: the first participants; every host must be one")
        List<@Valid @NotNull Participant> participants) {
}
