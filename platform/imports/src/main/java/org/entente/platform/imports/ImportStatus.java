package org.entente.platform.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an import job is: RUNNING, or ended COMPLETED or FAILED")
public enum ImportStatus {
    RUNNING, COMPLETED, FAILED
}
