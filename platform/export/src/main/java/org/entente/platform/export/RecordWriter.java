package org.entente.platform.export;

import java.io.IOException;

/** Writes an export's records to its body, one after the other. */
interface RecordWriter<T> {

    void write(T record) throws IOException;

    /** Sends what is buffered (after each chunk, and at the end). */
    void flush() throws IOException;
}
