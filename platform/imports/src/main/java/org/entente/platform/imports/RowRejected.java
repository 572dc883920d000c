package org.entente.platform.imports;

/** Thrown by an importer for a row it cannot take; the message is the reason the job reports. */
public class RowRejected extends RuntimeException {

    public RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
