-- Alliances imported from research data sets (ATOP 5.1), and what the curated records needed to say
-- more: dates known only to the month or the year (kept as the period's first day with a precision),
-- a region a data set does not give, where each record comes from, a spending target with its core
-- share and its year, and per period what a member owes and the obligations it suspended towards whom.
ALTER TABLE alliance
    ALTER COLUMN region DROP NOT NULL,
    ADD COLUMN founded_precision              VARCHAR(5)    NOT NULL DEFAULT 'DAY',
    ADD COLUMN dissolved_precision            VARCHAR(5),
    ADD COLUMN source                         VARCHAR(1000),
    ADD COLUMN spending_target_core_gdp_share NUMERIC(5, 2),
    ADD COLUMN spending_target_year           INTEGER,
    ADD COLUMN data_set                       VARCHAR(40),
    ADD COLUMN source_id                      VARCHAR(100);

UPDATE alliance SET dissolved_precision = 'DAY' WHERE dissolved IS NOT NULL;

ALTER TABLE alliance
    ADD CONSTRAINT alliance_dissolved_precision CHECK ((dissolved IS NULL) = (dissolved_precision IS NULL)),
    ADD CONSTRAINT alliance_provenance CHECK ((data_set IS NULL) = (source_id IS NULL)),
    -- a curated alliance has a region; ATOP gives none, and none is guessed
    ADD CONSTRAINT alliance_region CHECK (region IS NOT NULL OR data_set IS NOT NULL),
    -- a data set record is imported once: a re-import finds it by its source id
    ADD CONSTRAINT alliance_source_record UNIQUE (data_set, source_id);

-- obligations: null where not recorded per member (curated periods), else what the member owes
-- (possibly nothing); suspensions: [{towards, since, sincePrecision, until, note, source}]
ALTER TABLE membership
    ADD COLUMN joined_precision VARCHAR(5) NOT NULL DEFAULT 'DAY',
    ADD COLUMN left_precision   VARCHAR(5),
    ADD COLUMN obligations      JSONB,
    ADD COLUMN suspensions      JSONB      NOT NULL DEFAULT '[]';

UPDATE membership SET left_precision = 'DAY' WHERE left_on IS NOT NULL;

ALTER TABLE membership
    ADD CONSTRAINT membership_left_precision CHECK ((left_on IS NULL) = (left_precision IS NULL));
