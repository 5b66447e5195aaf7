-- The filing password of a NEW_WEBSITE or NEW_ACCESS filing, checked with its bureau (isp_verifybamm) before the
-- filing goes into an upload file: a correct one is never asked again, a wrong one holds the filing, a check that got
-- no answer (msg_code 22, an error) leaves it waiting, noted in its history once. No password is kept here.
CREATE TABLE filing_password_check (
  filing_id BIGINT PRIMARY KEY,
  province CHAR(2) NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  detail VARCHAR(500) NOT NULL,
  checks INT NOT NULL,
  first_checked_at DATETIME(6) NOT NULL,
  last_checked_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The simulated bureaus: the filing password (hex MD5) of an entity filed before the simulator knew it, learned at
-- the first check of its number, as its uploads teach the simulator such entities.
CREATE TABLE sim_filing_password (
  icp_number VARCHAR(64) PRIMARY KEY,
  province CHAR(2) NOT NULL,
  password_md5 VARCHAR(64) NOT NULL,
  learned_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
