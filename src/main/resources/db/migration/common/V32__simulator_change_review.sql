-- The simulated bureaus review changes (BGBA) and cancellations (ZXBA) (issue 13). Demo and tests only; the bridge
-- never reads these tables.

-- A change or cancellation under review, as uploaded (the reader's record as JSON): approving a change makes its
-- websites, domains, accesses and ranges the filed data. zxlb is null for a change; jlid its Ztid, else the target's id.
CREATE TABLE sim_review_change (
  review_id BIGINT PRIMARY KEY,
  zxlb INT,
  jlid BIGINT NOT NULL,
  body TEXT NOT NULL,
  CONSTRAINT fk_sim_review_change FOREIGN KEY (review_id) REFERENCES sim_review (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What an approved change or cancellation took out of the register, kept: an entity, website, access, domain or IP
-- range by its bureau id (cancelled ones answer 1049/1050, and a removed id is never issued again), with what it held.
CREATE TABLE sim_removed_record (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  bureau_id BIGINT NOT NULL,
  parent_id BIGINT,
  icp_number VARCHAR(64),
  detail TEXT,
  review_id BIGINT NOT NULL,
  removed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sim_removed_record ON sim_removed_record (kind, bureau_id);
CREATE INDEX ix_sim_removed_parent ON sim_removed_record (kind, parent_id);
