-- Membership over time: one row per period a country belongs to an alliance. A member on day d is
-- one with joined <= d and (left_on is null or d < left_on). Periods of one country in one alliance
-- never overlap (checked by the service under a lock on the alliance row).
CREATE TABLE membership (
    id          UUID        PRIMARY KEY,
    alliance_id UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    country     VARCHAR(4)  NOT NULL,
    role        VARCHAR(20) NOT NULL,
    joined      DATE        NOT NULL,
    left_on     DATE,
    version     BIGINT      NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT membership_period CHECK (left_on IS NULL OR joined <= left_on)
);
CREATE INDEX membership_alliance ON membership (alliance_id, country, joined);
CREATE INDEX membership_country ON membership (country, joined);
