package org.entente.platform.imports;

import java.util.List;

/**
 * One record of the file: its source key and its rows, in the order of the file.
 *
 * @param key the source key, null for rows without a source id
 */
public record SourceRecord(String key, List<SourceRow> rows) {

    public SourceRecord {
        rows = List.copyOf(rows);
    }

    public long firstLine() {
        return rows.get(0).line();
    }
}
