package org.entente.agreements.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a milestone stands. Open-ended. */
@Schema(description = "Where the milestone stands; PLANNED and IN_PROGRESS ones are still to be reached")
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Still to be reached: such a milestone is overdue once its due day has passed. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
