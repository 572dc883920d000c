package org.entente.exercises.stream;

import java.util.Optional;

/** What a subscriber wants: one exercise, the exercises of one country, one event type; or everything. */
record StreamFilter(Optional<String> exercise, Optional<String> country, Optional<String> type) {
}
