package org.entente.exercises.participant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's role and forces: the target of a merge patch on {@code /participants/{country}}. */
@Schema(name = "ParticipantChange")
public record ParticipantChange(
        @NotNull @Schema(description = "How it takes part") ParticipantRole role,
        @PositiveOrZero @Max(1_000_000) @Schema(description = "The personnel it sent") Integer personnel,
        @PositiveOrZero @Max(1_000) @Schema(description = "The ships it sent") Integer ships,
        @PositiveOrZero @Max(10_000) @Schema(description = "The aircraft it sent") Integer aircraft) {

    public static ParticipantChange of(Participant p) {
        return new ParticipantChange(p.role(), p.personnel(), p.ships(), p.aircraft());
    }

    public Participant of(String country) {
        return new Participant(country, role, personnel, ships, aircraft);
    }
}
