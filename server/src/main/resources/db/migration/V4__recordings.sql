-- Recorded production calls (issue 16): a request to record one method of one app, claimed by the
-- first agent that polls for it, and the envelope that agent uploads when done.
-- Portable SQL for H2 and PostgreSQL.

CREATE TABLE recording_request (
    id                  VARCHAR(36)   PRIMARY KEY,
    app                 VARCHAR(200)  NOT NULL,
    method              VARCHAR(2000) NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    max_calls           INTEGER       NOT NULL,
    sample_every        INTEGER       NOT NULL,
    duration_seconds    INTEGER       NOT NULL,
    max_bytes_per_call  INTEGER       NOT NULL,
    created_ms          BIGINT        NOT NULL,
    claimed_ms          BIGINT,
    finished_ms         BIGINT,
    agent_pid           VARCHAR(64),
    agent_host          VARCHAR(255),
    -- what the agent reports: the resolved method key, counts and why it stopped
    recorded_method     VARCHAR(2000),
    calls_stored        INTEGER       NOT NULL DEFAULT 0,
    calls_seen          BIGINT        NOT NULL DEFAULT 0,
    skipped_json        VARCHAR(4000),
    message             VARCHAR(2000)
);
CREATE INDEX recording_request_app_state ON recording_request (app, state, created_ms);

-- The uploaded envelope as received (RecordingBatch wire format); payloads stay opaque here.
CREATE TABLE recording_envelope (
    request_id   VARCHAR(36)  PRIMARY KEY REFERENCES recording_request (id),
    envelope     BYTEA        NOT NULL,
    size_bytes   INTEGER      NOT NULL
);
