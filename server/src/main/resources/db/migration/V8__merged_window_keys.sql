-- Idempotent ingest across retention (issue 15): when the retention job merges raw windows into one
-- row, the idempotency keys of the merged windows move here (in the same transaction), so a late
-- retry of a merged window still answers duplicate: true with what the first request stored. Rows
-- are deleted with the windows they point to (end_ms before the downsampled age).
CREATE TABLE merged_window_key (
    idempotency_key  VARCHAR(64)   NOT NULL,
    event            VARCHAR(200)  NOT NULL,
    window_id        BIGINT        NOT NULL,
    samples          BIGINT        NOT NULL,
    stacks           INTEGER       NOT NULL,
    end_ms           BIGINT        NOT NULL,
    PRIMARY KEY (idempotency_key, event)
);
CREATE INDEX merged_window_key_window ON merged_window_key (window_id);
CREATE INDEX merged_window_key_end ON merged_window_key (end_ms);
