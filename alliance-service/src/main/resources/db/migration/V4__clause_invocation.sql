-- Invocations of an alliance's collective-defense clause (NATO's Article 5: once, on 2001-09-12).
CREATE TABLE clause_invocation (
    id              UUID        PRIMARY KEY,
    alliance_id     UUID        NOT NULL REFERENCES alliance (id) ON DELETE CASCADE,
    invoked_on      DATE        NOT NULL,
    invoking_member VARCHAR(4)  NOT NULL,
    description     TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX clause_invocation_alliance ON clause_invocation (alliance_id, invoked_on);
