package org.entente.platform.changes;

/** What a change did to its record. */
public enum ChangeKind {
    /** The record is new: {@code record} holds it. */
    CREATED,
    /** The record changed: {@code record} holds its new state. */
    UPDATED,
    /** The record is gone: a tombstone, {@code record} is null. */
    DELETED
}
