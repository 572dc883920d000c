package org.entente.exercises.exercise;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an exercise takes place: a description and, where known, the coordinates of its main site. */
@Schema(name = "Location", description = "Where an exercise takes place")
public record Location(
        @NotBlank @Size(max = 300) @Schema(example = "Hawaiian Islands and Southern California", description = "The place, in words") String text,
        @DecimalMin("-90") @DecimalMax("90") @Schema(example = "21.35", description = "The main site's latitude, in decimal degrees") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(example = "-157.95", description = "The main site's longitude, in decimal degrees") Double longitude) {
}
