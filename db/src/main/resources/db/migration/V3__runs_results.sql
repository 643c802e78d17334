-- Runs and results (issue 5). Touches only the tables of V1, so it applies whatever V2 added in between.

-- What a run learns: CLASSIFICATION or REGRESSION, decided when it starts (NULL for runs from before V3).
ALTER TABLE training_runs ADD COLUMN task VARCHAR(20);
-- The final held-out metric: accuracy for classification, R² for regression.
ALTER TABLE training_runs ADD COLUMN final_metric DOUBLE PRECISION;
-- The epoch whose weights became the final model (differs from epochs_completed under early stopping).
ALTER TABLE training_runs ADD COLUMN best_epoch INTEGER;

ALTER TABLE run_epoch_metrics ADD COLUMN validation_loss DOUBLE PRECISION;
-- Accuracy or R², like training_runs.final_metric; validation_accuracy stays filled for classification.
ALTER TABLE run_epoch_metrics ADD COLUMN validation_metric DOUBLE PRECISION;

-- Sampled training loss within epochs, for the per-iteration chart. Written in batches; rows of one batch
-- share recorded_at. The key is natural (no identity), so inserts can be batched by the JDBC driver.
CREATE TABLE run_iteration_metrics (
    run_id      BIGINT                      NOT NULL REFERENCES training_runs (id) ON DELETE CASCADE,
    iteration   BIGINT                      NOT NULL,
    epoch       INTEGER                     NOT NULL,
    train_loss  DOUBLE PRECISION            NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_run_iteration_metrics PRIMARY KEY (run_id, iteration)
);

-- The evaluation of a finished run on its held-out data, as one JSON document (its shape depends on kind).
CREATE TABLE run_results (
    run_id     BIGINT                      NOT NULL PRIMARY KEY REFERENCES training_runs (id) ON DELETE CASCADE,
    kind       VARCHAR(20)                 NOT NULL,
    document   CLOB                        NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
