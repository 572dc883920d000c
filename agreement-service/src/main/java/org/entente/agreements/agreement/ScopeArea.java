package org.entente.agreements.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agreement covers; an agreement has several (docs/domain.md#agreements). Open-ended. */
@Schema(description = "What an agreement covers")
public enum ScopeArea {
    MUTUAL_DEFENSE,
    JOINT_EXERCISES,
    INTELLIGENCE_SHARING,
    TECHNOLOGY_TRANSFER,
    ARMS_EXCHANGE,
    LOGISTICS_SUPPORT,
    CYBER_DEFENSE,
    /** Humanitarian assistance and disaster relief. */
    HADR,
    CONSULTATION,
    /** General defense cooperation: policy coordination, exchanges, visits, working groups (DCAD's DCA). */
    DEFENSE_COOPERATION,
    /** The parties' defense industries (DCAD's DIC). */
    DEFENSE_INDUSTRY,
    /** Training, education or exercises, not told apart (DCAD's TREX). */
    TRAINING_AND_EXERCISES,
    /** Buying defense goods and services from each other (DCAD's PROCUREMENT). */
    PROCUREMENT,
    /** Defense research and development (DCAD's RESEARCH). */
    RESEARCH_AND_DEVELOPMENT
}
