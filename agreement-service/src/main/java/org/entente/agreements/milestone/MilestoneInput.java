package org.entente.agreements.milestone;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sets on a milestone: the body of a create, and the target of a merge patch. */
@Schema(name = "MilestoneInput", example = """
        {"title": "First rotational deployment to the agreed locations", "due": "2025-06-30", "status": "IN_PROGRESS",
         "progress": 40}""")
public record MilestoneInput(
        @NotBlank @Size(max = 300) @Schema(example = "First rotational deployment to the agreed locations", description = "What is to be reached")
        String title,
        @NotNull @Schema(example = "2025-06-30", description = "The day it is due") LocalDate due,
        @Schema(description = "Default PLANNED") MilestoneStatus status,
        @Min(0) @Max(100) @Schema(description = "Percent done, 0 to 100; default 0, and 100 once COMPLETED", example = "40")
        Integer progress,
        @Size(max = 4000) @Schema(description = "Anything worth knowing about it") String notes) {

    static MilestoneInput of(Milestone m) {
        return new MilestoneInput(m.title, m.due, m.status, m.progress, m.notes);
    }

    void applyTo(Milestone m) {
        m.title = title;
        m.due = due;
        m.status = status != null ? status : MilestoneStatus.PLANNED;
        m.progress = progress != null ? progress : m.status == MilestoneStatus.COMPLETED ? 100 : 0;
        m.notes = notes;
    }
}
