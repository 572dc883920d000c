package org.entente.agreements.agreement;

/** What an agreement covers; an agreement has several (docs/domain.md#agreements). Open-ended. */
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
    CONSULTATION
}
