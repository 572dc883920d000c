package org.entente.platform.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of a change feed. Its JSON parts are documented as objects ({@link Map}): scanned as
 * Jackson's {@link JsonNode}, which is iterable, they were documented as arrays.
 */
@Schema(description = "One change to a record, in the order changes were committed")
public record Change(
        @Schema(description = "The changed record's id") String id,
        @Schema(description = "What the change did; a DELETED change is a tombstone") ChangeKind change,
        @Schema(description = "The event that announced it on Kafka (see the AsyncAPI and events documentation),"
                + " e.g. `org.entente.alliance.member-admitted.v1`", example = "org.entente.alliance.member-admitted.v1") String type,
        @Schema(description = "When the change was made (UTC)") Instant at,
        @Schema(description = "The record after the change, as the single-record GET answers it; null when DELETED",
                implementation = Map.class) JsonNode record,
        @Schema(description = "The rest of the event: `changed` (the fields that changed) and the part changed with it"
                + " (e.g. `membership`, `memberships`, `milestone`, `participant`)", implementation = Map.class) JsonNode details) {
}
