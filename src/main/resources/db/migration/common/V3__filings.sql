-- Filings as the console hands them over (contracts/filing.schema.json), normalised;
-- attachment bytes are stored once, keyed by their sha256.

CREATE TABLE filing (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  console_filing_id VARCHAR(64) NOT NULL,
  filing_type VARCHAR(16) NOT NULL,
  province CHAR(2) NOT NULL,
  state VARCHAR(16) NOT NULL,
  source VARCHAR(16) NOT NULL,
  photo_approved_at DATETIME(6) NOT NULL,
  photo_method VARCHAR(32) NOT NULL,
  collection_code VARCHAR(64),
  filing_password_md5 CHAR(32),
  entity_name VARCHAR(128) NOT NULL,
  entity_nature VARCHAR(32) NOT NULL,
  entity_investor VARCHAR(128),
  region_province CHAR(6) NOT NULL,
  region_city CHAR(6) NOT NULL,
  region_county CHAR(6) NOT NULL,
  entity_address VARCHAR(255) NOT NULL,
  entity_cert_type VARCHAR(32) NOT NULL,
  entity_cert_number VARCHAR(64) NOT NULL,
  entity_cert_address VARCHAR(255),
  entity_icp_number VARCHAR(64),
  bureau_entity_id BIGINT,
  person_name VARCHAR(64) NOT NULL,
  person_cert_type VARCHAR(32) NOT NULL,
  person_cert_number VARCHAR(64) NOT NULL,
  person_cert_address VARCHAR(255),
  person_office_phone VARCHAR(32),
  person_mobile VARCHAR(16) NOT NULL,
  person_email VARCHAR(128) NOT NULL,
  emergency_name VARCHAR(64),
  emergency_mobile VARCHAR(16),
  submission_deadline DATETIME(6) NOT NULL,
  deadline_provisional BOOLEAN NOT NULL,
  received_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version INT NOT NULL,
  CONSTRAINT uk_filing_console_id UNIQUE (console_filing_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_filing_queue ON filing (province, state, submission_deadline);

CREATE TABLE website (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  console_website_id VARCHAR(64) NOT NULL,
  name VARCHAR(128) NOT NULL,
  home_url VARCHAR(255) NOT NULL,
  service_content VARCHAR(32) NOT NULL,
  languages VARCHAR(255) NOT NULL,
  pre_approval_type VARCHAR(32),
  pre_approval_number VARCHAR(128),
  access_method VARCHAR(32) NOT NULL,
  server_location CHAR(6) NOT NULL,
  person_name VARCHAR(64) NOT NULL,
  person_cert_type VARCHAR(32) NOT NULL,
  person_cert_number VARCHAR(64) NOT NULL,
  person_cert_address VARCHAR(255),
  person_office_phone VARCHAR(32),
  person_mobile VARCHAR(16) NOT NULL,
  person_email VARCHAR(128) NOT NULL,
  remarks VARCHAR(1000),
  icp_number VARCHAR(64),
  bureau_website_id BIGINT,
  CONSTRAINT fk_website_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT uk_website_console_id UNIQUE (filing_id, console_website_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE website_domain (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  website_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  domain VARCHAR(253) NOT NULL,
  CONSTRAINT fk_domain_website FOREIGN KEY (website_id) REFERENCES website (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_website_domain ON website_domain (domain);

CREATE TABLE website_ip_range (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  website_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  start_ip VARCHAR(15) NOT NULL,
  end_ip VARCHAR(15) NOT NULL,
  CONSTRAINT fk_ip_range_website FOREIGN KEY (website_id) REFERENCES website (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE attachment_content (
  sha256 CHAR(64) PRIMARY KEY,
  size_bytes INT NOT NULL,
  content LONGBLOB NOT NULL,
  stored_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE filing_attachment (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  purpose VARCHAR(32) NOT NULL,
  format VARCHAR(8) NOT NULL,
  owner VARCHAR(8) NOT NULL,
  console_website_id VARCHAR(64),
  sha256 CHAR(64) NOT NULL,
  CONSTRAINT fk_attachment_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_attachment_content FOREIGN KEY (sha256) REFERENCES attachment_content (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Append-only: every transition, who or what caused it, and why.
CREATE TABLE filing_history (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id BIGINT NOT NULL,
  from_state VARCHAR(16),
  to_state VARCHAR(16) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  actor VARCHAR(64) NOT NULL,
  cause VARCHAR(255) NOT NULL,
  CONSTRAINT fk_history_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_history_filing ON filing_history (filing_id, id);

-- Readable reasons: failed rules (HOLD), and later reviewer opinions and bureau codes.
CREATE TABLE filing_reason (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id BIGINT NOT NULL,
  history_id BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  code VARCHAR(64),
  field VARCHAR(255),
  text VARCHAR(2000) NOT NULL,
  CONSTRAINT fk_reason_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_reason_history FOREIGN KEY (history_id) REFERENCES filing_history (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_reason_filing ON filing_reason (filing_id);

-- The outbox: one row per event, written in the transaction of the state change it reports.
CREATE TABLE filing_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id CHAR(36) NOT NULL,
  filing_id BIGINT,
  console_filing_id VARCHAR(64) NOT NULL,
  province CHAR(2) NOT NULL,
  type VARCHAR(16) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  payload LONGTEXT NOT NULL,
  delivery_status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL,
  last_error VARCHAR(2000),
  CONSTRAINT uk_event_id UNIQUE (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_event_delivery ON filing_event (delivery_status, next_attempt_at);
CREATE INDEX ix_event_filing ON filing_event (console_filing_id, id);

-- Input that broke the contract: kept whole with every error, never dropped.
CREATE TABLE rejected_input (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  source VARCHAR(16) NOT NULL,
  source_ref VARCHAR(512),
  console_filing_id VARCHAR(64),
  raw_payload LONGTEXT NOT NULL,
  errors LONGTEXT NOT NULL,
  received_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Where each pull source stands; moved only after the page's filings are stored.
CREATE TABLE collection_cursor (
  source VARCHAR(64) PRIMARY KEY,
  cursor_value VARCHAR(512),
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
