-- The simulated bureaus cancel filings themselves (forced cancellations, shell-data clean-up) and tell the
-- provider in ZXSJ download files (issue 13). Demo and tests only; the bridge never reads these tables.

-- A cancelled filing stays in the register, marked: its ICP number is no longer filed.
ALTER TABLE sim_filed_entity ADD COLUMN cancelled_at DATETIME(6);
ALTER TABLE sim_filed_website ADD COLUMN cancelled_at DATETIME(6);

-- The domains of cancelled websites, moved out of sim_filed_domain so they can be filed again (a domain is
-- filed once in the whole country), kept here so nothing the bureau held vanishes.
CREATE TABLE sim_cancelled_domain (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  domain VARCHAR(253) NOT NULL,
  website_icp_number VARCHAR(64) NOT NULL,
  province CHAR(2) NOT NULL,
  filed_at DATETIME(6) NOT NULL,
  cancelled_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One Zxxx to tell the provider: pending until a download puts it in a file (download_id). follows_id: handed
-- out only in a file after the one carrying that record (an entity after one of its websites); repeat_of: the
-- record sent once more in a later file.
CREATE TABLE sim_cancellation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  zxlb INT NOT NULL,
  jlid BIGINT NOT NULL,
  remark VARCHAR(1000),
  follows_id BIGINT,
  repeat_of BIGINT,
  created_at DATETIME(6) NOT NULL,
  download_id BIGINT,
  CONSTRAINT fk_sim_cancellation_download FOREIGN KEY (download_id) REFERENCES sim_download (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sim_cancellation_pending ON sim_cancellation (province, download_id, id);
