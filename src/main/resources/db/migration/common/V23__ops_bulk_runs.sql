-- Bulk actions of the operations console (module ops): one row per run, one per target it settled. The targets are
-- chosen when the run starts (as many as the person confirmed after the dry run), then worked through in chunks on
-- a background thread; each item keeps what happened to it. A run whose node died while it was RUNNING is shown
-- INTERRUPTED, its unworked items left PENDING.
CREATE TABLE ops_bulk_run (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action            VARCHAR(64)   NOT NULL,
  query_text        VARCHAR(1000) NOT NULL,
  reason            VARCHAR(500)  NOT NULL,
  dry_run_count     INT           NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  started_by        VARCHAR(64)   NOT NULL,
  role              VARCHAR(16)   NOT NULL,
  node              VARCHAR(160)  NOT NULL,
  started_at        DATETIME(6)   NOT NULL,
  finished_at       DATETIME(6),
  cancel_requested  BOOLEAN       NOT NULL DEFAULT FALSE,
  cancelled_by      VARCHAR(64)
);
CREATE INDEX ix_ops_bulk_run_status ON ops_bulk_run (status);

CREATE TABLE ops_bulk_item (
  run_id    BIGINT        NOT NULL,
  seq       INT           NOT NULL,
  target    VARCHAR(100)  NOT NULL,
  status    VARCHAR(16)   NOT NULL,
  detail    VARCHAR(1000),
  done_at   DATETIME(6),
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX ix_ops_bulk_item_status ON ops_bulk_item (run_id, status, seq);
