package org.entente.platform.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a change did to its record. */
@Schema(description = "What a change did to its record: CREATED, UPDATED, or DELETED (a tombstone)")
public enum ChangeKind {
    /** The record is new: {@code record} holds it. */
    CREATED,
    /** The record changed: {@code record} holds its new state. */
    UPDATED,
    /** The record is gone: a tombstone, {@code record} is null. */
    DELETED
}
