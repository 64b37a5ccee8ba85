-- Idempotent ingest (issue 15): the key of the request that stored a window, the server's digest
-- of (app, labels, pid, host, window start and end, payload bytes) or the agent's Idempotency-Key.
-- A retried request (its first answer timed out) finds its rows and stores nothing. One request
-- stores one row per event, hence the pair. NULL (rows from before V7, merged rows) never collide.
ALTER TABLE profile_window ADD COLUMN idempotency_key VARCHAR(64);
CREATE UNIQUE INDEX profile_window_idempotency ON profile_window (idempotency_key, event);
