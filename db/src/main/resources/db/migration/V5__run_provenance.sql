-- Run provenance (issue 21): what a run trained and was tested on, and the software that trained it, so that two
-- runs can be compared with certainty. Runs stored before V5 have none (NULL everywhere).

-- Fingerprints of the exact arrays, in the order the network took them: a SHA-256 (64 hex digits) and the row count
-- of each dataset part. A part the run did not use (no validation part; a GAN, which is never tested) stays NULL.
ALTER TABLE training_runs ADD COLUMN train_sha256 VARCHAR(64);
ALTER TABLE training_runs ADD COLUMN train_rows INTEGER;
ALTER TABLE training_runs ADD COLUMN validation_sha256 VARCHAR(64);
ALTER TABLE training_runs ADD COLUMN validation_rows INTEGER;
ALTER TABLE training_runs ADD COLUMN test_sha256 VARCHAR(64);
ALTER TABLE training_runs ADD COLUMN test_rows INTEGER;

-- The DeepCanvas version that trained the run (the Maven project version), and ND4J's back end as it ran: its
-- native build, whether the oneDNN helpers were on, and the native threads per training thread.
ALTER TABLE training_runs ADD COLUMN app_version VARCHAR(50);
ALTER TABLE training_runs ADD COLUMN nd4j_backend VARCHAR(200);
