package org.entente.agreements.reference;

import java.util.List;

/** What an import did: the titles it created, and those it left alone because the same parties already had them. */
public record ImportSummary(List<String> created, List<String> skipped) {
}
