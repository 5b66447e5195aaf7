-- The bureau simulator's own state (demo and tests; the bridge never reads these tables).

-- One row per simulated province bureau: the provider's dataSequence there. Each upload and each
-- download locks it (FOR UPDATE), which serialises a province's calls as a bureau would.
CREATE TABLE sim_account (
  province CHAR(2) PRIMARY KEY,
  last_data_sequence BIGINT NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every accepted upload exactly as it arrived; isp_querypreviousupload returns the last one.
CREATE TABLE sim_upload (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  data_sequence BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  beian_info LONGTEXT NOT NULL,
  beian_info_hash VARCHAR(64) NOT NULL,
  encrypt_algorithm INT NOT NULL,
  operation VARCHAR(8),
  records INT NOT NULL,
  received_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_sim_upload_sequence UNIQUE (province, data_sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What the reviewers still have to decide: one row per uploaded record, or one for a whole file that a
-- bureau refuses unread (file_result 5001 schema, 5004 version). Decided lazily, on the next download.
CREATE TABLE sim_review (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  upload_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  operation VARCHAR(8),
  identifier VARCHAR(255) NOT NULL,
  isp_ztid BIGINT,
  entity_name VARCHAR(255),
  ztid BIGINT,
  ztbah VARCHAR(64),
  wzid BIGINT,
  wzbah VARCHAR(64),
  password_md5 VARCHAR(64),
  file_result INT,
  file_error VARCHAR(2000),
  received_at DATETIME(6) NOT NULL,
  decided_at DATETIME(6),
  result_code INT,
  CONSTRAINT fk_sim_review_upload FOREIGN KEY (upload_id) REFERENCES sim_upload (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sim_review_due ON sim_review (province, decided_at, received_at);

-- The websites of a record under review; domains space-separated (a domain holds no space).
CREATE TABLE sim_review_website (
  review_id BIGINT NOT NULL,
  ordinal INT NOT NULL,
  isp_wzid BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  domains VARCHAR(4000) NOT NULL,
  PRIMARY KEY (review_id, ordinal),
  CONSTRAINT fk_sim_review_website FOREIGN KEY (review_id) REFERENCES sim_review (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ICP number serials: a 4-digit year and a 6-digit counter, per province and year.
CREATE TABLE sim_icp_serial (
  province CHAR(2) NOT NULL,
  serial_year INT NOT NULL,
  last_serial INT NOT NULL,
  PRIMARY KEY (province, serial_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What the simulated bureaus hold as filed, keyed by ICP number.
CREATE TABLE sim_filed_entity (
  icp_number VARCHAR(64) PRIMARY KEY,
  province CHAR(2) NOT NULL,
  ztid BIGINT NOT NULL,
  isp_ztid BIGINT,
  name VARCHAR(255),
  password_md5 VARCHAR(64),
  last_website_index INT NOT NULL,
  filed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE sim_filed_website (
  icp_number VARCHAR(64) PRIMARY KEY,
  entity_icp_number VARCHAR(64) NOT NULL,
  province CHAR(2) NOT NULL,
  wzid BIGINT NOT NULL,
  isp_wzid BIGINT,
  name VARCHAR(255),
  filed_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_sim_website_entity FOREIGN KEY (entity_icp_number) REFERENCES sim_filed_entity (icp_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A domain is filed once in the whole country, whichever province filed it.
CREATE TABLE sim_filed_domain (
  domain VARCHAR(253) PRIMARY KEY,
  website_icp_number VARCHAR(64) NOT NULL,
  province CHAR(2) NOT NULL,
  filed_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_sim_domain_website FOREIGN KEY (website_icp_number) REFERENCES sim_filed_website (icp_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Files waiting for isp_download; sent again until acknowledged.
CREATE TABLE sim_download (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  file_name VARCHAR(128) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  document LONGBLOB NOT NULL,
  created_at DATETIME(6) NOT NULL,
  deliveries INT NOT NULL,
  last_delivered_at DATETIME(6),
  acknowledged_at DATETIME(6),
  CONSTRAINT uk_sim_download_name UNIQUE (file_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sim_download_waiting ON sim_download (province, acknowledged_at, id);
