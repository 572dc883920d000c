-- The transactional outbox (platform/outbox). Platform migrations use versions below 1 so that they
-- never collide with a service's own (V1, V2, ...); see microprofile-config.properties.
CREATE TABLE outbox_event (
    position     BIGSERIAL    PRIMARY KEY,
    id           UUID         NOT NULL,
    topic        VARCHAR(249) NOT NULL,
    aggregate_id VARCHAR(200) NOT NULL,
    type         VARCHAR(200) NOT NULL,
    source       VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    payload      TEXT         NOT NULL, -- JSON exactly as the service serialized it
    sent_at      TIMESTAMPTZ,
    CONSTRAINT outbox_event_id_unique UNIQUE (id)
);
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;
