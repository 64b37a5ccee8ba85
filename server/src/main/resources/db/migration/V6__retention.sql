-- Downsampling (issue 15): 0 for a window as an agent sent it; n >= 1 for a row the retention job
-- wrote by merging n raw windows of one app, event and label set within one bucket (an hour).
ALTER TABLE profile_window ADD COLUMN merged_windows INTEGER DEFAULT 0 NOT NULL;
