package org.entente.platform.rest;

import java.util.List;

/** What a reference-data import did: what it created (by code, title or name), and what it left alone because it existed. */
public record ImportSummary(List<String> created, List<String> skipped) {
}
