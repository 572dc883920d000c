-- Agreements imported from research data sets (DCAD): former states as parties (ISO 3166-3 codes have
-- four letters), dates known only to the month or the year, and the data set record each comes from.
ALTER TABLE agreement
    ALTER COLUMN party_a TYPE VARCHAR(4),
    ALTER COLUMN party_b TYPE VARCHAR(4),
    ADD COLUMN signed_precision             VARCHAR(5),
    ADD COLUMN entered_into_force_precision VARCHAR(5),
    ADD COLUMN terminated_precision         VARCHAR(5),
    ADD COLUMN data_set                     VARCHAR(40),
    ADD COLUMN source_id                    VARCHAR(100),
    ADD COLUMN source_values                JSONB;

UPDATE agreement SET signed_precision = 'DAY' WHERE signed IS NOT NULL;
UPDATE agreement SET entered_into_force_precision = 'DAY' WHERE entered_into_force IS NOT NULL;
UPDATE agreement SET terminated_precision = 'DAY' WHERE terminated IS NOT NULL;

-- A date known to the month or year is kept as the period's first day, so an entry into force known
-- only to the year (1995-01-01) may follow a signing within that year (1995-02-01): the signing is
-- compared at the entry into force's precision.
ALTER TABLE agreement
    DROP CONSTRAINT agreement_in_force_after_signing,
    ADD CONSTRAINT agreement_in_force_after_signing CHECK (entered_into_force IS NULL
        OR entered_into_force >= date_trunc(lower(entered_into_force_precision), signed::timestamp)::date),
    ADD CONSTRAINT agreement_signed_precision CHECK ((signed IS NULL) = (signed_precision IS NULL)),
    ADD CONSTRAINT agreement_entered_into_force_precision
        CHECK ((entered_into_force IS NULL) = (entered_into_force_precision IS NULL)),
    ADD CONSTRAINT agreement_terminated_precision CHECK ((terminated IS NULL) = (terminated_precision IS NULL)),
    ADD CONSTRAINT agreement_provenance CHECK ((data_set IS NULL) = (source_id IS NULL)),
    -- a data set record is imported once: a re-import finds it by its source id
    ADD CONSTRAINT agreement_source_record UNIQUE (data_set, source_id);

ALTER TABLE agreement_status_change ADD COLUMN effective_precision VARCHAR(5);
UPDATE agreement_status_change SET effective_precision = 'DAY' WHERE effective_on IS NOT NULL;
