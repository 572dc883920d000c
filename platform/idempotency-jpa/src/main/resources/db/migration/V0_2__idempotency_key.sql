-- Idempotency-Key (platform/idempotency): the first answer to each (caller, method, path, key).
CREATE TABLE idempotency_key (
    scope         VARCHAR(500)  NOT NULL,
    key           VARCHAR(255)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INTEGER,
    location      TEXT,
    etag          VARCHAR(200),
    body          TEXT,
    created_at    TIMESTAMPTZ   NOT NULL,
    completed_at  TIMESTAMPTZ,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
