-- The operations console (module ops). People log in with a user name and a password (hashed, never stored as
-- typed); machines call its API with a bearer token, kept as its SHA-256 only. Each belongs to one role.
CREATE TABLE ops_user (
  username      VARCHAR(64)  NOT NULL PRIMARY KEY,
  password_hash VARCHAR(200) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  created_by    VARCHAR(64)  NOT NULL
);

CREATE TABLE ops_api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_sha256 CHAR(64)     NOT NULL,
  username     VARCHAR(64)  NOT NULL,
  label        VARCHAR(100) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  revoked_at   DATETIME(6),
  CONSTRAINT uq_ops_api_token UNIQUE (token_sha256)
);

-- Every change a person (or the scheduler, as 'system') makes through the console or its API: one row, written
-- after the change succeeded; a refused change writes none. Append-only: the module's mapper has no UPDATE or
-- DELETE for it, and purge does not touch it.
CREATE TABLE ops_audit (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at             DATETIME(6)   NOT NULL,
  actor          VARCHAR(64)   NOT NULL,
  role           VARCHAR(16)   NOT NULL,
  action         VARCHAR(64)   NOT NULL,
  target         VARCHAR(200)  NOT NULL,
  parameters     VARCHAR(2000),
  reason         VARCHAR(1000),
  dry_run_count  INT,
  outcome        VARCHAR(1000) NOT NULL,
  state_before   VARCHAR(1000),
  state_after    VARCHAR(1000),
  node           VARCHAR(160)  NOT NULL
);
CREATE INDEX ix_ops_audit_at ON ops_audit (at);
CREATE INDEX ix_ops_audit_target ON ops_audit (target);

-- Idempotency-Key of the API's mutating calls: the first answer is kept and replayed to a repeat of the same key
-- by the same caller (a client retrying after a lost answer changes nothing twice).
CREATE TABLE ops_idempotency (
  actor        VARCHAR(64)   NOT NULL,
  idem_key     VARCHAR(128)  NOT NULL,
  request      VARCHAR(300)  NOT NULL,
  status       INT,
  content_type VARCHAR(100),
  body         MEDIUMTEXT,
  created_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (actor, idem_key)
);

-- A province an operator paused (e.g. for a bureau's announced maintenance): its province jobs skip it, waiting,
-- until resumed. Owned by scheduling.
CREATE TABLE province_pause (
  province  VARCHAR(2)   NOT NULL PRIMARY KEY,
  reason    VARCHAR(500) NOT NULL,
  paused_by VARCHAR(64)  NOT NULL,
  paused_at DATETIME(6)  NOT NULL
);
