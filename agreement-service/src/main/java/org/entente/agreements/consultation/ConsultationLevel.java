package org.entente.agreements.consultation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who met. Open-ended. */
@Schema(description = "Who met: leaders, ministers, senior officials, military staff or a working group")
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
