package org.entente.platform.imports;

public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
