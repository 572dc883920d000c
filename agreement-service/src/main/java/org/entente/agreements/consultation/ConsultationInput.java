package org.entente.agreements.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consultation as a client records it, once it has been held. */
@Schema(name = "ConsultationInput", example = """
        {"held": "2024-07-28", "level": "MINISTERIAL", "name": "Security Consultative Committee (2+2)", "location": "Tokyo",
         "topics": ["Command and control", "Upgrading U.S. Forces Japan to a joint force headquarters",
                    "Defense industrial cooperation"]}""")
public record ConsultationInput(
        @NotNull @Schema(example = "2024-07-28", description = "The day it was held; not in the future") LocalDate held,
        @NotNull @Schema(example = "MINISTERIAL", description = "Who met") ConsultationLevel level,
        @Size(max = 300) @Schema(example = "Security Consultative Committee (2+2)", description = "The name of the dialogue") String name,
        @Size(max = 200) @Schema(example = "Tokyo", description = "Where it was held") String location,
        @Size(max = 30) @Schema(description = "What was discussed") List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 4000) @Schema(description = "What came of it") String outcome) {
}
