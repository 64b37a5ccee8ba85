-- Refreshed proposals: when the same app + target + patched code is accepted again by a later job
-- while the proposal is still undecided, the proposal keeps its id and shows the newest diff,
-- speed-up and evidence. validated_ms is when the measurement it shows was made, validated_job_id
-- the job that made it (job_id stays the job that created it). Portable SQL for H2 and
-- PostgreSQL; rows from before V9 were last validated when they were created.
ALTER TABLE proposal ADD COLUMN validated_ms BIGINT;
ALTER TABLE proposal ADD COLUMN validated_job_id VARCHAR(36);
UPDATE proposal SET validated_ms = created_ms, validated_job_id = job_id;
-- A job rerun after a takeover finds the proposal it refreshed as its own (ProposalRepository.findByJob).
CREATE INDEX proposal_validated_job ON proposal (validated_job_id, target);
