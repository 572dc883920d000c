-- An alliance as DOMAIN.md describes it: kind, region, founding, obligations, focus areas, lifecycle.
ALTER TABLE alliance
    ADD COLUMN kind                      VARCHAR(40)  NOT NULL,
    ADD COLUMN region                    VARCHAR(40)  NOT NULL,
    ADD COLUMN founded                   DATE         NOT NULL,
    ADD COLUMN founding_treaty           VARCHAR(300),
    ADD COLUMN headquarters              VARCHAR(200),
    ADD COLUMN description               TEXT,
    ADD COLUMN collective_defense_clause VARCHAR(200),
    ADD COLUMN status                    VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN dissolved                 DATE,
    ADD COLUMN updated_at                TIMESTAMPTZ  NOT NULL DEFAULT now();

CREATE TABLE alliance_obligation (
    alliance_id UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    obligation  VARCHAR(40) NOT NULL,
    PRIMARY KEY (alliance_id, obligation)
);

CREATE TABLE alliance_focus_area (
    alliance_id UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    focus_area  VARCHAR(40) NOT NULL,
    PRIMARY KEY (alliance_id, focus_area)
);

CREATE INDEX alliance_name ON alliance (name, id);
CREATE INDEX alliance_founded ON alliance (founded, id);
