package org.entente.platform.imports;

/**
 * The parts the example import jobs of the documents share, to put together in each service's import resource
 * with its own data set's: {@code "{" + job + ImportJobExamples.JUST_STARTED + "}"}. Constants, so that
 * annotations can take them.
 */
public final class ImportJobExamples {

    /** The counts and status of the answer to an upload: the job runs, nothing is read yet. */
    public static final String JUST_STARTED = """
            , "status": "RUNNING", "startedAt": "2026-11-30T08:00:02Z", "elapsedSeconds": 0.0, "rowsRead": 0,
             "created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "rejections": []""";

    /** Before the one job of a page of past imports (which leave out their rejected rows). */
    public static final String PAGE_OF_ONE = "{\"items\": [{";

    /** After it: the last page. */
    public static final String END_OF_PAGE = "}], \"next\": null}";

    private ImportJobExamples() {
    }
}
