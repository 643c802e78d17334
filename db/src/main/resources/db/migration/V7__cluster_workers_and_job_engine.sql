-- Scale-out (issue 17): the processes that train, the job engine's queue, and what a run needs to move from one
-- worker to another. Plain SQL that H2 and PostgreSQL both read the same way.

-- Every process that trains (role "worker", or "all") says what it is while it runs. The row stays after the worker
-- stops, so that a run keeps naming the worker that trained it and what that worker was.
CREATE TABLE workers (
    id              VARCHAR(50)                 NOT NULL PRIMARY KEY,
    host            VARCHAR(200)                NOT NULL,
    role            VARCHAR(10)                 NOT NULL,
    app_version     VARCHAR(50)                 NOT NULL,
    nd4j_backend    VARCHAR(200)                NOT NULL,
    cores           INTEGER                     NOT NULL,
    runs_at_once    INTEGER                     NOT NULL,
    native_threads  INTEGER                     NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    stopped_at      TIMESTAMP(6) WITH TIME ZONE
);

-- The worker that trains the run (or trained it last). NULL until a worker takes it, and for runs from before V7.
ALTER TABLE training_runs ADD COLUMN worker_id VARCHAR(50);
-- Raised by every worker that takes the run. A worker writes to the run only while the claim is still its own, so
-- one that was declared dead but still lives can never write over the worker that took the run over.
ALTER TABLE training_runs ADD COLUMN claim INTEGER DEFAULT 0 NOT NULL;
-- Cancel pressed on any web node; the worker training the run sees it within a second.
ALTER TABLE training_runs ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
-- The checkpoint file (in the run's folder) that holds the weights after epochs_completed epochs. It is written in
-- the same transaction as that epoch's figures, so the checkpoint and the recorded epochs always agree. NULL before
-- the first checkpoint, and for runs from before V7 (whose checkpoint, if any, is checkpoint.zip).
ALTER TABLE training_runs ADD COLUMN checkpoint_file VARCHAR(100);
CREATE INDEX ix_training_runs_status ON training_runs (status);

-- The queue of runs waiting for a worker: db-scheduler's table (github.com/kagkarlsson/db-scheduler), one row per
-- queued or running run (task_name 'training-run', task_instance the run id). Workers claim rows by an optimistic
-- update (H2) or SELECT ... FOR UPDATE SKIP LOCKED (PostgreSQL) and keep last_heartbeat fresh while they train.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)                NOT NULL,
    task_instance        VARCHAR(100)                NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                     NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP(6) WITH TIME ZONE,
    last_failure         TIMESTAMP(6) WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP(6) WITH TIME ZONE,
    version              BIGINT                      NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);
