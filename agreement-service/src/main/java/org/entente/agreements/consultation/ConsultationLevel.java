package org.entente.agreements.consultation;

/** Who met. Open-ended. */
public enum ConsultationLevel {
    /** Heads of state or government. */
    LEADERS,
    /** Ministers, e.g. a foreign and defense "2+2". */
    MINISTERIAL,
    SENIOR_OFFICIALS,
    /** Military staff talks. */
    STAFF,
    WORKING_GROUP
}
