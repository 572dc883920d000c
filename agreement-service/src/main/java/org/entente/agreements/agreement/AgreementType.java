package org.entente.agreements.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of arrangement an agreement is (docs/domain.md#agreements). Open-ended: clients must accept values added later. */
@Schema(description = "What kind of arrangement the agreement is")
public enum AgreementType {
    /** An obligation to come to each other's defense (US-Japan 1960). */
    MUTUAL_DEFENSE_TREATY,
    /** A framework for cooperation, often with access to facilities (DCA). */
    DEFENSE_COOPERATION_AGREEMENT,
    /** The legal status of one party's forces on the other's territory (SOFA, visiting forces, reciprocal access). */
    STATUS_OF_FORCES_AGREEMENT,
    INTELLIGENCE_SHARING,
    TECHNOLOGY_TRANSFER,
    LOGISTICS_SUPPORT,
    TRAINING_AND_EXERCISES,
    PROCUREMENT,
    /** Cooperation of the parties' defense industries: joint production, industrial partnerships (DCAD's DIC). */
    DEFENSE_INDUSTRIAL_COOPERATION,
    /** Joint research and development of defense technology (DCAD's RESEARCH). */
    RESEARCH_AND_DEVELOPMENT,
    /** Sets up a joint commission or committee through which the parties' defense establishments meet (DCAD's COMMISSION). */
    JOINT_COMMISSION
}
