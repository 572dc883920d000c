-- Import jobs (platform/imports): one row per import of a data set file, with its counts and rejected rows.
CREATE TABLE import_job (
    id              UUID          PRIMARY KEY,
    data_set        VARCHAR(40)   NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    file_bytes      BIGINT        NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    started_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    finished_at     TIMESTAMPTZ,
    rows_read       BIGINT        NOT NULL,
    created         BIGINT        NOT NULL,
    updated         BIGINT        NOT NULL,
    unchanged       BIGINT        NOT NULL,
    rejected        BIGINT        NOT NULL,
    failure         TEXT,
    failed_at_line  BIGINT,
    rejections      JSONB         NOT NULL
);
CREATE INDEX import_job_started ON import_job (started_at DESC);
-- at most one running import per data set, whichever instance runs it
CREATE UNIQUE INDEX import_job_running ON import_job (data_set) WHERE status = 'RUNNING';
