package org.entente.exercises.reference;

import java.util.List;

/** What an import did: the names it created, and those it left alone because they existed. */
public record ImportSummary(List<String> created, List<String> skipped) {
}
