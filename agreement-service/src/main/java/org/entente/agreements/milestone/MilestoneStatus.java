package org.entente.agreements.milestone;

/** Where a milestone stands. Open-ended. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Still to be reached: such a milestone is overdue once its due day has passed. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
