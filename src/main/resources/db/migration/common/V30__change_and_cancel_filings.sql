-- CHANGE and CANCEL filings (issue 13). A CANCEL names its target by ICP number and has no entity, websites or photo
-- verification, and a CHANGE may come without a new photo verification: those columns of filing become nullable.
ALTER TABLE filing MODIFY photo_approved_at DATETIME(6) NULL;
ALTER TABLE filing MODIFY photo_method VARCHAR(32) NULL;
ALTER TABLE filing MODIFY entity_nature VARCHAR(32) NULL;
ALTER TABLE filing MODIFY region_province CHAR(6) NULL;
ALTER TABLE filing MODIFY region_city CHAR(6) NULL;
ALTER TABLE filing MODIFY region_county CHAR(6) NULL;
ALTER TABLE filing MODIFY entity_cert_type VARCHAR(32) NULL;
ALTER TABLE filing MODIFY person_cert_type VARCHAR(32) NULL;

-- What a CANCEL cancels, one row per CANCEL filing. The entity's filing password (required to cancel an entity) is
-- kept in filing.filing_password_md5 like every other type's, so the check before sending finds it in one place.
-- remark is the customer's own words and may name people: sealed (SealedText) like the rest of the personal data.
CREATE TABLE filing_cancellation (
  filing_id BIGINT PRIMARY KEY,
  kind VARCHAR(8) NOT NULL,
  icp_number VARCHAR(64) NOT NULL,
  reason_code INT NOT NULL,
  remark TEXT,
  CONSTRAINT fk_cancellation_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_cancellation_icp ON filing_cancellation (icp_number);

-- Until the bridge uploads BGBA and ZXBA, the submit job leaves a RECEIVED CHANGE or CANCEL where it is and says why in
-- its history once: this is when it did.
ALTER TABLE filing ADD COLUMN submission_deferred_at DATETIME(6);
