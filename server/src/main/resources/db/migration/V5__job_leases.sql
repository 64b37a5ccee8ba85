-- Replicas and validation workers (issue 15): several server processes share one database.
-- Portable SQL for H2 and PostgreSQL. Leases are compare-and-set updates on these columns: a row
-- is claimable when its lease is unset or expired, so exactly one replica wins each claim.

-- The replica running a job and until when its lease holds (renewed while it runs; 0 = released
-- at shutdown, so the next start resumes it at once). NULL until first claimed.
ALTER TABLE optimization_job ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE optimization_job ADD COLUMN lease_until_ms BIGINT;

-- One proposal per job and target: a job taken over after its replica died cannot propose twice,
-- even when the rerun accepts a different candidate. NULL job ids (older rows) do not collide.
ALTER TABLE proposal ADD COLUMN job_id VARCHAR(36);
CREATE UNIQUE INDEX proposal_job_target ON proposal (job_id, target);

-- Named leases held by one replica at a time (the continuous loop's 'loop:<app>').
CREATE TABLE named_lease (
    name         VARCHAR(400) PRIMARY KEY,
    owner        VARCHAR(200) NOT NULL,
    until_ms     BIGINT       NOT NULL
);

-- Candidate validations queued for workers (flamefix.validation.mode=remote). The id is the job id
-- plus a hash of the request, so a job rerun after a takeover finds the validations already done.
CREATE TABLE validation_task (
    id              VARCHAR(120)  PRIMARY KEY,
    job_id          VARCHAR(36)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    lease_owner     VARCHAR(200),
    lease_until_ms  BIGINT,
    request_json    TEXT          NOT NULL,
    verdict_json    TEXT,
    progress_json   TEXT,
    error           VARCHAR(2000),
    created_ms      BIGINT        NOT NULL,
    updated_ms      BIGINT        NOT NULL
);
CREATE INDEX validation_task_status ON validation_task (status, created_ms);
