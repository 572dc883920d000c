package org.entente.exercises.stream;

import java.util.Set;

/**
 * One exercise event as the live stream serves it: its CloudEvent id, short and full type, the
 * exercise it is about, the countries taking part (for the {@code country} filter), and the
 * CloudEvent as JSON (structured mode), which is the SSE {@code data}.
 */
record StreamedEvent(String id, String type, String exercise, Set<String> countries, String json) {

    /** Told to a subscriber whose Last-Event-ID is older than the replay window: it should reload its state. */
    static final String RESYNC = "resync";

    static StreamedEvent resync(String lastEventId) {
        return new StreamedEvent(null, RESYNC, null, Set.of(),
                "{\"lastEventId\": \"" + lastEventId.replace("\"", "") + "\", \"detail\": \"older than the replay window; "
                        + "reload the current state (e.g. reconnect with snapshot=true)\"}");
    }

    boolean matches(StreamFilter filter) {
        return filter.exercise().map(exercise::equals).orElse(true)
                && filter.country().map(countries::contains).orElse(true)
                && filter.type().map(type::equals).orElse(true);
    }
}
