-- The training time a run actually spent, summed over each stretch it trained: a run resumed after a crash adds its
-- new stretch to what it had done, and the time the app was down counts for nothing.
ALTER TABLE training_runs ADD COLUMN training_millis BIGINT DEFAULT 0 NOT NULL;
-- When the stretch in progress began, or its last epoch was recorded; null while the run is not training.
ALTER TABLE training_runs ADD COLUMN trained_since TIMESTAMP(6) WITH TIME ZONE;

-- Runs from before this migration get their first start to end, the best figure there is for them.
UPDATE training_runs
   SET training_millis = CAST(EXTRACT(EPOCH FROM (finished_at - started_at)) * 1000 AS BIGINT)
 WHERE started_at IS NOT NULL AND finished_at IS NOT NULL AND finished_at >= started_at;

-- Run ids are the run numbers people see. H2 reserves identity values 32 at a time and an unclean stop loses the
-- reservation, so numbers jumped by about 30 after a crash; a cache of one makes each run take the next number.
ALTER TABLE training_runs ALTER COLUMN id SET CACHE 1;
