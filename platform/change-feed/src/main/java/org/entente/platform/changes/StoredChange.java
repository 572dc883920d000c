package org.entente.platform.changes;

import java.time.Instant;

/**
 * One entry of a store's change log: an event as the service published it, at its place in the feed.
 *
 * @param position    its place in the feed: increasing in commit order, never reused (there may be gaps)
 * @param recordId    the changed record's id (the event's subject)
 * @param type        the event type, e.g. {@code org.entente.alliance.member-admitted.v1}
 * @param occurredAt  when the change was made
 * @param payload     the event's value, JSON: the record's new state and what changed
 */
public record StoredChange(long position, String recordId, String type, Instant occurredAt, String payload) {
}
