-- Burden-sharing: an alliance's defense-spending target and each member's yearly figures.
ALTER TABLE alliance ADD COLUMN spending_target_gdp_share NUMERIC(5, 2);

CREATE TABLE burden_figure (
    id               UUID           PRIMARY KEY,
    alliance_id      UUID           NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    country          VARCHAR(4)     NOT NULL,
    year             INTEGER        NOT NULL,
    expenditure_usd  NUMERIC(18, 2) NOT NULL CHECK (expenditure_usd >= 0),
    gdp_share        NUMERIC(5, 2)  NOT NULL CHECK (gdp_share >= 0 AND gdp_share <= 100),
    version          BIGINT         NOT NULL DEFAULT 0,
    updated_at       TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT burden_figure_unique UNIQUE (alliance_id, country, year)
);
