package org.entente.alliances.reference;

import java.util.List;

/** What an import did: the codes it created, and those it left alone because they existed. */
public record ImportSummary(List<String> created, List<String> skipped) {
}
