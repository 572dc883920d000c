-- The trace of the request that wrote an event (W3C traceparent, 55 characters in version 00), so the
-- relay's publish span and the consumers' spans join that request's trace (platform/event-tracing).
ALTER TABLE outbox_event ADD COLUMN trace_parent VARCHAR(128);
