-- The change feed (platform/change-feed) reads the outbox: each event gets its feed position once it
-- is committed, from the relay, one instance at a time, so feed positions follow commit order (the
-- outbox's own positions follow insert order, which a slow transaction can break).
ALTER TABLE outbox_event ADD COLUMN feed_position BIGINT;
-- events written before the feed existed enter it in write order
UPDATE outbox_event o SET feed_position = w.rn
FROM (SELECT position, row_number() OVER (ORDER BY position) AS rn FROM outbox_event) w
WHERE o.position = w.position;
CREATE UNIQUE INDEX outbox_event_feed ON outbox_event (feed_position);
CREATE INDEX outbox_event_unsequenced ON outbox_event (position) WHERE feed_position IS NULL;

-- Every feed position at or below deleted_up_to may have been deleted by cleanup: a cursor below it is too old.
CREATE TABLE outbox_feed_horizon (
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    deleted_up_to BIGINT   NOT NULL
);
INSERT INTO outbox_feed_horizon VALUES (1, 0);
