package org.entente.platform.imports;

/**
 * A row the import did not take, and why, in words a person understands.
 *
 * @param line     the row's line in the file (the header is line 1)
 * @param sourceId the row's id in the data set (e.g. its atopid), when it has one
 */
public record RejectedRow(long line, String sourceId, String reason) {
}
