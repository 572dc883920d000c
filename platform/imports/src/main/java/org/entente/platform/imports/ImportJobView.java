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
        @Schema(description = "The job's id") UUID id,
        @Schema(description = "The data set, e.g. atop-5.1") String dataSet,
        @Schema(description = "The data set's title") String title,
        @Schema(description = "How to cite the data set") String citation,
        @Schema(description = "The data set's file, as distributed") String fileName,
        @Schema(description = "The size of the file sent, in bytes") long fileBytes,
        @Schema(description = "Whether the job runs still, completed or failed") ImportStatus status,
        @Schema(description = "When the job started (UTC)") Instant startedAt,
        @Schema(description = "When it ended (UTC); null while it runs") Instant finishedAt,
        @Schema(description = "Seconds since the start, or until the end") double elapsedSeconds,
        @Schema(description = "Data rows taken from the file so far: imported or rejected") long rowsRead,
        @Schema(description = "Records created (an ATOP alliance is several rows)") long created,
        @Schema(description = "Records changed by this import: each published one update event") long updated,
        @Schema(description = "Records already as the file has them: nothing written, nothing published") long unchanged,
        @Schema(description = "Rows not taken, each listed in rejections with its reason") long rejected,
        @Schema(description = "Why the job stopped before the end of the file, when it failed") Failure failure,
        @Schema(description = "Every rejected row (up to 20,000), in file order") List<RejectedRow> rejections) {

    public record Failure(
            @Schema(description = "The line the file could not be read from, when it was a line") Long line,
            @Schema(description = "What stopped the job") String reason) {
    }

    public static ImportJobView of(ImportJob job, DataSet dataSet, Instant now, boolean withRejections) {
        return new ImportJobView(job.id, job.dataSet, dataSet.title(), dataSet.citation(), job.fileName, job.fileBytes,
                job.status, job.startedAt, job.finishedAt, job.elapsed(now).toMillis() / 1000.0, job.rowsRead, job.created,
                job.updated, job.unchanged, job.rejected,
                job.failure == null ? null : new Failure(job.failedAtLine, job.failure),
                withRejections ? List.copyOf(job.rejections) : null);
    }
}
