-- Samples per source line of each Java method (collector LineCounts: 'frame line count' rows,
-- gzip compressed), for windows whose frames carried line numbers; NULL for the others (folded
-- stacks from agents without lines, windows stored before V3). Portable: H2 and PostgreSQL.
ALTER TABLE profile_window ADD COLUMN line_counts_gzip BYTEA;
