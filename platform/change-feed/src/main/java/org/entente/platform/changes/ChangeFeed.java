package org.entente.platform.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.platform.rest.Cursor;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.ProblemTypes;
import org.entente.platform.rest.QueryParams;

/**
 * A collection's change feed, read from its store's {@link ChangeLog}: the changes after a client's
 * cursor, each with the record's new state, or a tombstone. A client that takes a cursor first (a
 * call without one answers the cursor of now), then reads the collection whole, then follows the
 * feed from that cursor, ends with exactly the server's records: a change committed meanwhile is in
 * the feed after the cursor (applying it again to a record read after it changed is harmless, the
 * feed carries whole states).
 */
public final class ChangeFeed {

    private static final String CURSOR_SORT = "changes";

    private final ChangeLog log;
    private final String recordKey;
    private final String createdType;
    private final String deletedType;
    private final ObjectMapper json;
    private final Duration retention;

    /**
     * @param recordKey   the field of the event value holding the record, e.g. {@code alliance}
     * @param createdType the qualified event type that creates a record, e.g. {@code org.entente.alliance.created.v1}
     * @param deletedType the qualified event type that deletes one
     * @param retention   how long changes are kept, for the answer to an expired cursor
     */
    public ChangeFeed(ChangeLog log, String recordKey, String createdType, String deletedType, ObjectMapper json,
                      Duration retention) {
        this.log = log;
        this.recordKey = recordKey;
        this.createdType = createdType;
        this.deletedType = deletedType;
        this.json = json;
        this.retention = retention;
    }

    /**
     * @param after the {@code next} of a previous answer, or null for the cursor of now (and no items)
     * @param limit the page size parameter, as on every collection
     */
    public ChangePage read(String after, String limit) {
        int size = QueryParams.limit(limit);
        if (after == null || after.isBlank()) {
            return new ChangePage(List.of(), cursor(log.head()), false);
        }
        long from = position(after);
        if (from < log.horizon()) {
            throw expired("changes after this cursor are older than the feed keeps (" + retention.toDays() + " days)");
        }
        List<StoredChange> stored = log.after(from, size + 1);
        if (stored.isEmpty() && from > log.head()) {
            throw expired("this cursor is ahead of the feed: it is not of this service's history (restored from a backup?)");
        }
        List<Change> items = new ArrayList<>(Math.min(stored.size(), size));
        for (StoredChange change : stored.subList(0, Math.min(stored.size(), size))) {
            items.add(change(change));
        }
        String next = cursor(items.isEmpty() ? from : stored.get(items.size() - 1).position());
        return new ChangePage(items, next, stored.size() > size);
    }

    /** The opaque cursor after this position: a keyset cursor ({@link Cursor}) of the feed's one key. */
    static String cursor(long position) {
        return Cursor.encode(CURSOR_SORT, List.of(Long.toString(position)));
    }

    private static long position(String cursor) {
        try {
            long position = Long.parseLong(Cursor.decode(cursor.trim(), CURSOR_SORT, 1).get(0));
            if (position >= 0) {
                return position;
            }
        } catch (ProblemException | NumberFormatException notOurs) {
            // the answer below
        }
        throw ProblemException.invalidField("after", "not a cursor of this feed: pass the `next` of a previous answer,"
                + " or nothing to start from now");
    }

    private Change change(StoredChange stored) {
        ObjectNode value;
        try {
            value = (ObjectNode) json.readTree(stored.payload());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("The stored event at position " + stored.position() + " is not a JSON object", e);
        }
        JsonNode record = value.remove(recordKey);
        ChangeKind kind = stored.type().equals(createdType) ? ChangeKind.CREATED
                : stored.type().equals(deletedType) ? ChangeKind.DELETED : ChangeKind.UPDATED;
        return new Change(stored.recordId(), kind, stored.type(), stored.occurredAt(), kind == ChangeKind.DELETED ? null : record,
                value);
    }

    private static ProblemException expired(String why) {
        return new ProblemException(410, ProblemTypes.CHANGES_EXPIRED, "Cannot follow the feed from here: " + why
                + ". Read the collection whole again, starting with a cursor of now (a call without `after`).", null);
    }
}
