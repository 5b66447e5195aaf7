-- Submission: upload files (batches) per province, their data sequences, and the lease that lets one
-- node at a time upload to a province.

-- One row per province; a node owns the province's uploads while owner = it and expires_at is ahead.
CREATE TABLE province_lease (
  province CHAR(2) PRIMARY KEY,
  owner VARCHAR(128),
  expires_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The bureau's dataSequence as we know it: the last one the bureau accepted, and the last we gave a file.
CREATE TABLE data_sequence (
  province CHAR(2) PRIMARY KEY,
  last_accepted BIGINT NOT NULL,
  last_assigned BIGINT NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One bureau file. Its bytes and sequence are committed before it is sent; kept at least three months.
CREATE TABLE upload_batch (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  file_name VARCHAR(128) NOT NULL,
  operation VARCHAR(16) NOT NULL,
  data_sequence BIGINT NOT NULL,
  state VARCHAR(16) NOT NULL,
  record_count INT NOT NULL,
  beian_info LONGTEXT NOT NULL,
  beian_info_hash VARCHAR(64) NOT NULL,
  encrypt_algorithm INT NOT NULL,
  zip_bytes BIGINT NOT NULL,
  attempts INT NOT NULL,
  last_msg_code INT,
  last_msg VARCHAR(2000),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  accepted_at DATETIME(6),
  CONSTRAINT uk_batch_sequence UNIQUE (province, data_sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_batch_state ON upload_batch (province, state, data_sequence);

CREATE TABLE upload_batch_filing (
  batch_id BIGINT NOT NULL,
  filing_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  PRIMARY KEY (batch_id, filing_id),
  CONSTRAINT fk_batch_filing_batch FOREIGN KEY (batch_id) REFERENCES upload_batch (id),
  CONSTRAINT fk_batch_filing_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_batch_filing_filing ON upload_batch_filing (filing_id);

-- A province whose uploads need an operator (msg_code 4, 5, 12, 13, 19, 22): nothing more is sent there.
CREATE TABLE province_block (
  province CHAR(2) PRIMARY KEY,
  msg_code INT NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  blocked_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
