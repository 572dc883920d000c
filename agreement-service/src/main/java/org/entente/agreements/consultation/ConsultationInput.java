package org.entente.agreements.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consultation as a client records it, once it has been held. */
@Schema(name = "ConsultationInput")
public record ConsultationInput(
        @NotNull @Schema(example = "2024-07-28", description = "The day it was held; not in the future") LocalDate held,
        @NotNull @Schema(example = "MINISTERIAL") ConsultationLevel level,
        @Size(max = 300) @Schema(example = "Security Consultative Committee (2+2)") String name,
        @Size(max = 200) @Schema(example = "Tokyo") String location,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 4000) String outcome) {
}
