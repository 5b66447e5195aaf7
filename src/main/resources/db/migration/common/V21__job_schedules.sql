-- What the operations console changed of a job's schedule, kept over restarts (start-up prefers it to
-- bridge.jobs.<job>.cron and says so), and which node ran the job last. Owned by scheduling.
CREATE TABLE job_schedule (
  job             VARCHAR(64)  NOT NULL PRIMARY KEY,
  cron            VARCHAR(120),
  cron_changed_by VARCHAR(64),
  cron_changed_at DATETIME(6),
  paused          BOOLEAN      NOT NULL DEFAULT FALSE,
  paused_by       VARCHAR(64),
  paused_at       DATETIME(6),
  last_node       VARCHAR(160),
  last_run_at     DATETIME(6)
);
