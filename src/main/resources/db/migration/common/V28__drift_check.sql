-- The daily drift check (isp_querybeianstatus over the domains we show as filed): a domain the bureau does not show
-- filed, or shows under another number, is a finding; a later check that agrees clears it. open_domain is the domain
-- while the finding is open and NULL once cleared: one open finding per domain, any number of cleared ones.
CREATE TABLE drift_finding (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  domain VARCHAR(253) NOT NULL,
  open_domain VARCHAR(253),
  console_filing_id VARCHAR(64) NOT NULL,
  console_website_id VARCHAR(64) NOT NULL,
  our_icp_number VARCHAR(64),
  bureau_icp_number VARCHAR(64),
  bureau_answer VARCHAR(1000) NOT NULL,
  found_at DATETIME(6) NOT NULL,
  last_checked_at DATETIME(6) NOT NULL,
  cleared_at DATETIME(6),
  cleared_answer VARCHAR(1000),
  CONSTRAINT uk_drift_open_domain UNIQUE (open_domain)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_drift_finding_province ON drift_finding (province, cleared_at);

-- Where each province's check stands: the last domain row checked in the current pass (0 at a pass's start) and how
-- many domains it checked on its China day, against the daily cap.
CREATE TABLE drift_check_progress (
  province CHAR(2) PRIMARY KEY,
  last_domain_id BIGINT NOT NULL,
  check_day DATE NOT NULL,
  checked_that_day INT NOT NULL,
  passes_completed INT NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The simulated bureaus answer isp_querybeianstatus by an entity's certificate as well as by domain: they keep the
-- certificate number an XZBA filed the entity under (Zt_xx/Zj/Zjhm).
ALTER TABLE sim_review ADD COLUMN certificate_number VARCHAR(64);
ALTER TABLE sim_filed_entity ADD COLUMN certificate_number VARCHAR(64);
CREATE INDEX ix_sim_entity_certificate ON sim_filed_entity (certificate_number);
