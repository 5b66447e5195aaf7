-- The bureau's ids of everything we host (issue 13): change (BGBA), cancel (ZXBA) and the bureau's cancellations
-- (ZXSJ) name an object only by them. Kept from its filed data (BASJ) beside the Ztid and Wzid V7 added.

-- the bureau's id of our access to the website (Jrid): a website we host has our one access
ALTER TABLE website ADD COLUMN bureau_jrid BIGINT;
ALTER TABLE website_domain ADD COLUMN bureau_ymid BIGINT;
ALTER TABLE website_ip_range ADD COLUMN bureau_ipid BIGINT;

-- lookups by the bureau's ids; the Ztid and Wzid a new website or access names (the contract's) count as well
CREATE INDEX ix_filing_bureau_ztid ON filing (bureau_ztid);
CREATE INDEX ix_filing_bureau_entity_id ON filing (bureau_entity_id);
CREATE INDEX ix_filing_approved_entity_icp ON filing (approved_entity_icp);
CREATE INDEX ix_website_bureau_wzid ON website (bureau_wzid);
CREATE INDEX ix_website_bureau_website_id ON website (bureau_website_id);
CREATE INDEX ix_website_bureau_jrid ON website (bureau_jrid);

-- The simulator: what it filed gets stable ids it sends in every BASJ (the domains and ranges as filed, with our ids).
-- A record under review keeps our ids: per website the domains' (IspYmid, space-separated in the order of domains),
-- the access's (IspJrid) and its ranges (ispIpid:start:end, space-separated); a new access (XZJR) keeps its own
-- on the record. qqdwid: the uploading provider, the Ispid of the access it files.
ALTER TABLE sim_review ADD COLUMN qqdwid BIGINT;
ALTER TABLE sim_review ADD COLUMN isp_jrid BIGINT;
ALTER TABLE sim_review ADD COLUMN ip_ranges VARCHAR(4000);
ALTER TABLE sim_review_website ADD COLUMN isp_ymids VARCHAR(4000);
ALTER TABLE sim_review_website ADD COLUMN isp_jrid BIGINT;
ALTER TABLE sim_review_website ADD COLUMN ip_ranges VARCHAR(4000);

ALTER TABLE sim_filed_domain ADD COLUMN ymid BIGINT;
ALTER TABLE sim_filed_domain ADD COLUMN isp_ymid BIGINT;

CREATE TABLE sim_filed_access (
  jrid BIGINT PRIMARY KEY,
  website_icp_number VARCHAR(64) NOT NULL,
  province CHAR(2) NOT NULL,
  provider_id BIGINT NOT NULL,
  isp_jrid BIGINT,
  filed_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_sim_access_website FOREIGN KEY (website_icp_number) REFERENCES sim_filed_website (icp_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sim_access_website ON sim_filed_access (website_icp_number);

CREATE TABLE sim_filed_ip_range (
  ipid BIGINT PRIMARY KEY,
  jrid BIGINT NOT NULL,
  ordinal INT NOT NULL,
  isp_ipid BIGINT,
  start_ip BIGINT NOT NULL,
  end_ip BIGINT NOT NULL,
  CONSTRAINT fk_sim_range_access FOREIGN KEY (jrid) REFERENCES sim_filed_access (jrid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
