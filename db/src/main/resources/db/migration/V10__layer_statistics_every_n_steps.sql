-- A run may measure its layers every N steps as well as at each epoch's end: a row now names the step it was taken
-- at (the run's own count of steps, from 1), and a layer is recorded once per step rather than once per epoch.
-- Rows written before this migration were all taken at an epoch's last step, whose number was not kept: they keep a
-- null step and are drawn by their epoch.
ALTER TABLE run_layer_statistics ADD COLUMN step BIGINT;
ALTER TABLE run_layer_statistics DROP CONSTRAINT uq_run_layer_statistics;
ALTER TABLE run_layer_statistics ADD CONSTRAINT uq_run_layer_statistics_step
    UNIQUE (run_id, network_role, layer_position, epoch, step);
