package org.entente.platform.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as the API shows it. The list of past imports leaves out the rejected rows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportJob")
public record ImportJobView(
        UUID id,
        @Schema(description = "The data set, e.g. atop-5.1") String dataSet,
        String title,
        @Schema(description = "How to cite the data set") String citation,
        String fileName,
        long fileBytes,
        ImportStatus status,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Seconds since the start, or until the end") double elapsedSeconds,
        @Schema(description = "Data rows taken from the file so far: imported or rejected") long rowsRead,
        @Schema(description = "Records created (an ATOP alliance is several rows)") long created,
        @Schema(description = "Records changed by this import: each published one update event") long updated,
        @Schema(description = "Records already as the file has them: nothing written, nothing published") long unchanged,
        @Schema(description = "Rows not taken, each listed in rejections with its reason") long rejected,
        @Schema(description = "Why the job stopped before the end of the file, when it failed") Failure failure,
        @Schema(description = "Every rejected row (up to 20,000), in file order") List<RejectedRow> rejections) {

    /** @param line the line the file could not be read from */
    public record Failure(Long line, String reason) {
    }

    public static ImportJobView of(ImportJob job, DataSet dataSet, Instant now, boolean withRejections) {
        return new ImportJobView(job.id, job.dataSet, dataSet.title(), dataSet.citation(), job.fileName, job.fileBytes,
                job.status, job.startedAt, job.finishedAt, job.elapsed(now).toMillis() / 1000.0, job.rowsRead, job.created,
                job.updated, job.unchanged, job.rejected,
                job.failure == null ? null : new Failure(job.failedAtLine, job.failure),
                withRejections ? List.copyOf(job.rejections) : null);
    }
}
