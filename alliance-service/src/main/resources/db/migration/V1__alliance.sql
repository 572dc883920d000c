-- Walking skeleton: the alliance table the first endpoint lists. The full model arrives with the
-- alliance issue as later migrations.
CREATE TABLE alliance (
    id         UUID PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT alliance_code_unique UNIQUE (code)
);
