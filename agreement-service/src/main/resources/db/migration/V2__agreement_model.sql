-- An agreement as DOMAIN.md describes it: two parties, type, scope, dates, terms, lifecycle and history.
ALTER TABLE agreement
    ALTER COLUMN title TYPE VARCHAR(300),
    ADD COLUMN type               VARCHAR(40) NOT NULL,
    ADD COLUMN party_a            VARCHAR(3)  NOT NULL,
    ADD COLUMN party_b            VARCHAR(3)  NOT NULL,
    ADD COLUMN signed             DATE,
    ADD COLUMN entered_into_force DATE,
    ADD COLUMN expires            DATE,
    ADD COLUMN duration_years     INTEGER,
    ADD COLUMN renewal_years      INTEGER,
    ADD COLUMN summary            TEXT,
    ADD COLUMN source             VARCHAR(500),
    ADD COLUMN status             VARCHAR(20) NOT NULL DEFAULT 'PROPOSED',
    ADD COLUMN status_reason      TEXT,
    ADD COLUMN terminated         DATE,
    ADD COLUMN updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD CONSTRAINT agreement_two_parties CHECK (party_a <> party_b),
    ADD CONSTRAINT agreement_in_force_after_signing CHECK (entered_into_force IS NULL OR entered_into_force >= signed),
    ADD CONSTRAINT agreement_terms_positive CHECK (duration_years > 0 AND renewal_years > 0);

CREATE TABLE agreement_scope_area (
    agreement_id UUID        NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    scope_area   VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, scope_area)
);

CREATE TABLE agreement_objective (
    agreement_id UUID         NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    objective    VARCHAR(500) NOT NULL,
    PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreement_status_change (
    id           UUID PRIMARY KEY,
    agreement_id UUID        NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position     INTEGER     NOT NULL,
    operation    VARCHAR(40) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    effective_on DATE,
    reason       TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT agreement_status_change_position UNIQUE (agreement_id, position)
);

CREATE INDEX agreement_party_a ON agreement (party_a);
CREATE INDEX agreement_party_b ON agreement (party_b);
CREATE INDEX agreement_title ON agreement (title, id);
-- the expiry job's question: which running agreements have reached their expiry
CREATE INDEX agreement_running_expiry ON agreement (expires) WHERE status IN ('IN_FORCE', 'SUSPENDED');

CREATE TABLE milestone (
    id           UUID PRIMARY KEY,
    agreement_id UUID         NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    title        VARCHAR(300) NOT NULL,
    due          DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    progress     INTEGER      NOT NULL CHECK (progress BETWEEN 0 AND 100),
    notes        TEXT,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX milestone_agreement ON milestone (agreement_id, due, id);
CREATE INDEX milestone_open_due ON milestone (due, id) WHERE status IN ('PLANNED', 'IN_PROGRESS');

CREATE TABLE consultation (
    id           UUID PRIMARY KEY,
    agreement_id UUID         NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    held         DATE         NOT NULL,
    level        VARCHAR(30)  NOT NULL,
    name         VARCHAR(300),
    location     VARCHAR(200),
    outcome      TEXT,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX consultation_agreement ON consultation (agreement_id, held, id);

CREATE TABLE consultation_topic (
    consultation_id UUID         NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    topic           VARCHAR(200) NOT NULL,
    PRIMARY KEY (consultation_id, position)
);
