package org.entente.platform.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 in UTF-8: a header row, CRLF after every row, fields quoted where needed and quotes doubled. */
final class CsvWriter<T> implements RecordWriter<T> {

    private final CsvRows<T> rows;
    private final CSVPrinter printer;

    CsvWriter(CsvRows<T> rows, OutputStream out) throws IOException {
        this.rows = rows;
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180);
        printer.printRecord(rows.header());
    }

    @Override
    public void write(T record) throws IOException {
        try {
            rows.rows(record, this::print);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void print(List<String> row) {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
