-- Download: every file the bureaus send us, kept as it came (the evidence of their decisions), whether
-- and when it was applied and acknowledged; results we could not pin on a filing; the numbers the bureau gave.

-- One row per bureau file; a redelivered file (unacknowledged, sent again) is the same row.
CREATE TABLE download_file (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  content LONGBLOB NOT NULL,
  beian_info_hash VARCHAR(128),
  received_at DATETIME(6) NOT NULL,
  applied_at DATETIME(6),
  acked_at DATETIME(6),
  CONSTRAINT uk_download_file UNIQUE (province, file_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_download_unapplied ON download_file (province, applied_at, id);

-- A result naming a filing we do not know (or cannot apply): kept for an operator, never dropped.
CREATE TABLE result_quarantine (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  identifier VARCHAR(128),
  code VARCHAR(16),
  text VARCHAR(2000) NOT NULL,
  received_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_quarantine_file ON result_quarantine (province, file_name);

-- What the bureau filed (BASJ): its ids and the ICP numbers, kept until the approval (BAJG 1001) uses them.
ALTER TABLE filing ADD COLUMN approved_entity_icp VARCHAR(64);
ALTER TABLE filing ADD COLUMN bureau_ztid BIGINT;
ALTER TABLE website ADD COLUMN approved_icp_number VARCHAR(64);
ALTER TABLE website ADD COLUMN bureau_wzid BIGINT;

CREATE INDEX ix_filing_entity_icp ON filing (entity_icp_number, state);
CREATE INDEX ix_website_icp ON website (icp_number);
