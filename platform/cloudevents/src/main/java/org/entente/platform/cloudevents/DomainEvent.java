package org.entente.platform.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change, as Entente publishes it: a CloudEvent whose data is the aggregate's new state plus
 * what changed, as JSON.
 *
 * @param id      unique per event ({@code ce_id}); consumers deduplicate by it
 * @param source  the publishing service, e.g. {@code /alliance-service} ({@code ce_source})
 * @param type    e.g. {@code org.entente.alliance.member-admitted.v1} ({@code ce_type})
 * @param subject the aggregate's id, also the Kafka record key ({@code ce_subject})
 * @param time    when the change was committed ({@code ce_time})
 * @param data    the JSON payload
 */
public record DomainEvent(UUID id, String source, String type, String subject, Instant time, byte[] data) {

    /** The reverse-domain prefix of every Entente event type. */
    public static final String TYPE_PREFIX = "org.entente.";

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** {@code alliance.created.v1} becomes {@code org.entente.alliance.created.v1}. */
    public static String qualifiedType(String shortType) {
        return shortType.startsWith(TYPE_PREFIX) ? shortType : TYPE_PREFIX + shortType;
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
