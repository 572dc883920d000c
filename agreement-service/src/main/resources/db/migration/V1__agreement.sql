-- Walking skeleton: the agreement table the first endpoint lists. The full model arrives with the
-- agreement issue as later migrations.
CREATE TABLE agreement (
    id         UUID PRIMARY KEY,
    title      VARCHAR(300) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
