package org.entente.platform.imports;

import java.util.List;

/**
 * A service's importer of one data set: turns the rows of one record into the service's own record,
 * keyed by the source id, so that importing the same file again changes nothing. Each call is its own
 * transaction (or atomic write): what was imported stays when a later row breaks the file.
 */
public interface RecordImporter {

    DataSet dataSet();

    /**
     * The source key of a row. Consecutive rows with the same key are one record (ATOP: the member
     * rows of one alliance); by default every row is a record of its own. A key that comes back after
     * other keys is a duplicate: its rows are rejected. Null for a row without a source id: a record of
     * its own, for the importer to reject.
     */
    default String key(SourceRow row) {
        return Long.toString(row.line());
    }

    /**
     * Imports one record from its rows, in the order of the file.
     *
     * @throws RowRejected when the record as a whole cannot be taken: all its rows are rejected with the reason
     */
    RecordResult importRecord(String key, List<SourceRow> rows);

    /**
     * How many consecutive records {@link #importRecords} takes at once. 1, the default, makes every
     * record its own write; a store whose writes cost far more than the records in them (a commit per
     * write) takes more.
     */
    default int batchSize() {
        return 1;
    }

    /**
     * Imports consecutive records, one result per record in their order. Each record is still taken or
     * refused on its own: a refused record's rows are rejected with the reason and the others imported.
     * By default one {@link #importRecord} each.
     */
    default List<RecordResult> importRecords(List<SourceRecord> records) {
        return records.stream().map(record -> RecordResult.unlessRefused(record, () -> importRecord(record.key(), record.rows())))
                .toList();
    }
}
